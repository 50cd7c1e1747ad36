package io.afterdesk.aftersales.refund;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.aftersales.TicketDocument;
import io.afterdesk.aftersales.domain.TicketLinks;
import io.afterdesk.common.Money;
import io.afterdesk.helpdesk.TicketCosts;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A ticket's refund cost: the totals of its posted (not cancelled) credit notes. */
@Component
class CreditNoteCosts implements TicketCosts {

  private final TicketLinks links;
  private final Invoices invoices;

  CreditNoteCosts(TicketLinks links, Invoices invoices) {
    this.links = links;
    this.invoices = invoices;
  }

  @Override
  public Optional<Money> costOf(long ticketId) {
    Money total = Money.zero(invoices.currency());
    for (TicketDocument link : links.ofTicket(ticketId, DocumentKind.CREDIT_NOTE)) {
      Optional<InvoiceView> note = invoices.find(link.documentId());
      if (note.isPresent() && note.get().isPosted()) {
        total = total.plus(note.get().total());
      }
    }
    return total.isZero() ? Optional.empty() : Optional.of(total);
  }
}

package io.afterdesk.aftersales.refund;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.aftersales.TicketDocument;
import io.afterdesk.aftersales.domain.TicketLinks;
import io.afterdesk.common.Money;
import io.afterdesk.helpdesk.TicketCosts;
import io.afterdesk.invoicing.InvoiceSummaries;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A ticket's refund cost: the totals of its posted (not cancelled) credit notes. */
@Component
class CreditNoteCosts implements TicketCosts {

  private final TicketLinks links;
  private final InvoiceSummaries invoices;

  CreditNoteCosts(TicketLinks links, InvoiceSummaries invoices) {
    this.links = links;
    this.invoices = invoices;
  }

  @Override
  public Optional<Money> costOf(long ticketId) {
    Money total =
        invoices.postedTotal(
            links.ofTicket(ticketId, DocumentKind.CREDIT_NOTE).stream()
                .map(TicketDocument::documentId)
                .toList());
    return total.isZero() ? Optional.empty() : Optional.of(total);
  }
}

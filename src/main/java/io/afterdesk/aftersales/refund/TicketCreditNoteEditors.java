package io.afterdesk.aftersales.refund;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.aftersales.domain.TicketLinks;
import io.afterdesk.helpdesk.Tickets;
import io.afterdesk.invoicing.CreditNoteEditors;
import org.springframework.stereotype.Component;

/** A draft credit note made from a ticket may be edited by whoever works that ticket's team. */
@Component
class TicketCreditNoteEditors implements CreditNoteEditors {

  private final TicketLinks links;
  private final Tickets tickets;

  TicketCreditNoteEditors(TicketLinks links, Tickets tickets) {
    this.links = links;
    this.tickets = tickets;
  }

  @Override
  public boolean mayEdit(long creditNoteId) {
    return links.ticketsOf(DocumentKind.CREDIT_NOTE, creditNoteId).stream()
        .anyMatch(tickets::isVisible);
  }
}

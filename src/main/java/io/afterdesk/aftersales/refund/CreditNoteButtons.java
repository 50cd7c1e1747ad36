package io.afterdesk.aftersales.refund;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.aftersales.TicketDocument;
import io.afterdesk.aftersales.domain.AfterSalesTickets;
import io.afterdesk.aftersales.domain.TicketLinks;
import io.afterdesk.helpdesk.SmartButton;
import io.afterdesk.helpdesk.TicketAction;
import io.afterdesk.helpdesk.TicketActions;
import io.afterdesk.helpdesk.TicketSmartButtons;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The ticket's Credit Notes smart button (cancelled ones counted; the form when one, else the list)
 * and its Refund action button (when the team's Refunds switch is on).
 */
@Component
class CreditNoteButtons implements TicketSmartButtons, TicketActions {

  private final TicketLinks links;
  private final AfterSalesTickets tickets;

  CreditNoteButtons(TicketLinks links, AfterSalesTickets tickets) {
    this.links = links;
    this.tickets = tickets;
  }

  @Override
  public List<SmartButton> forTicket(long ticketId) {
    List<TicketDocument> notes = links.ofTicket(ticketId, DocumentKind.CREDIT_NOTE);
    String url =
        notes.size() == 1
            ? "/invoicing/invoices/" + notes.get(0).documentId()
            : "/aftersales/tickets/" + ticketId + "/credit-notes";
    return List.of(new SmartButton("creditNotes", "helpdesk.smart.creditNotes", notes.size(), url));
  }

  @Override
  public List<TicketAction> actionsFor(long ticketId) {
    return tickets.switchesOf(ticketId).refunds()
        ? List.of(
            new TicketAction(
                "refund",
                "aftersales.refund.action",
                "/aftersales/tickets/" + ticketId + "/refund"))
        : List.of();
  }
}

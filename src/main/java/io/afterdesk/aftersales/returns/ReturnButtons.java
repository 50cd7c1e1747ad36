package io.afterdesk.aftersales.returns;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.aftersales.TicketDocument;
import io.afterdesk.aftersales.domain.AfterSalesTickets;
import io.afterdesk.aftersales.domain.TicketLinks;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.helpdesk.SmartButton;
import io.afterdesk.helpdesk.TicketAction;
import io.afterdesk.helpdesk.TicketActions;
import io.afterdesk.helpdesk.TicketSmartButtons;
import io.afterdesk.inventory.Transfers;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The ticket's Returns smart button (the return when one, else the list) and its Return action
 * button (team's Returns switch on and the customer's commercial entity has a done delivery).
 */
@Component
class ReturnButtons implements TicketSmartButtons, TicketActions {

  private final TicketLinks links;
  private final AfterSalesTickets tickets;
  private final ReturnChoicesQuery choices;

  ReturnButtons(TicketLinks links, AfterSalesTickets tickets, ReturnChoicesQuery choices) {
    this.links = links;
    this.tickets = tickets;
    this.choices = choices;
  }

  @Override
  public List<SmartButton> forTicket(long ticketId) {
    List<TicketDocument> returns = links.ofTicket(ticketId, DocumentKind.RETURN);
    String url =
        returns.size() == 1
            ? tickets.urlOf(new DocumentRef(Transfers.DOCUMENT_TYPE, returns.get(0).documentId()))
            : "/aftersales/tickets/" + ticketId + "/returns";
    return List.of(new SmartButton("returns", "helpdesk.smart.returns", returns.size(), url));
  }

  @Override
  public List<TicketAction> actionsFor(long ticketId) {
    return tickets.switchesOf(ticketId).returns() && choices.hasDoneDelivery(ticketId)
        ? List.of(
            new TicketAction(
                "return",
                "aftersales.return.action",
                "/aftersales/tickets/" + ticketId + "/return"))
        : List.of();
  }
}

package io.afterdesk.aftersales.domain;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.helpdesk.AfterSalesSwitches;
import io.afterdesk.helpdesk.Teams;
import io.afterdesk.helpdesk.TicketId;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.helpdesk.Tickets;
import org.springframework.stereotype.Component;

/** The tickets after-sales acts on: visible to the caller (404 otherwise) and their switches. */
@Component
public class AfterSalesTickets {

  private final Tickets tickets;
  private final Teams teams;

  AfterSalesTickets(Tickets tickets, Teams teams) {
    this.tickets = tickets;
    this.teams = teams;
  }

  /** A ticket the caller may see (404 otherwise). */
  public TicketView visible(long ticketId) {
    return tickets.get(ticketId);
  }

  /** The switches of a ticket's team, whoever asks (listeners run without a user). */
  public AfterSalesSwitches switchesOf(long ticketId) {
    Long team = tickets.teamOf(ticketId);
    return team == null
        ? AfterSalesSwitches.none()
        : teams.find(team).map(t -> t.afterSales()).orElse(AfterSalesSwitches.none());
  }

  /** A visible ticket whose team has the service on: 404 when invisible, 409 when switched off. */
  public TicketView forService(TicketId ticketId, AfterSalesService service) {
    TicketView ticket = visible(ticketId.value());
    if (!isOn(ticketId.value(), service)) {
      throw new BusinessRuleException(service.switchedOffKey(), ticket.teamName());
    }
    return ticket;
  }

  /** Whether the ticket's team has the service on, whoever asks. */
  public boolean isOn(long ticketId, AfterSalesService service) {
    return service.isOn(switchesOf(ticketId));
  }

  /** A visible ticket whose team has Refunds on: 404 when invisible, 409 when switched off. */
  public TicketView forRefund(long ticketId) {
    return forService(TicketId.of(ticketId), AfterSalesService.REFUNDS);
  }

  /** A visible ticket whose team has Returns on: 404 when invisible, 409 when switched off. */
  public TicketView forReturn(long ticketId) {
    return forService(TicketId.of(ticketId), AfterSalesService.RETURNS);
  }

  public static DocumentRef ref(long ticketId) {
    return Tickets.ref(ticketId);
  }

  public static String url(long ticketId) {
    return "/helpdesk/tickets/" + ticketId;
  }
}

package io.afterdesk.aftersales.domain;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.common.DocumentLink;
import io.afterdesk.mail.Threads;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The status notes every service's listeners post ("Refund posted", "Return done"…): on each ticket
 * the document was made from whose team has the service on, as a message key (shown in the reader's
 * language) with a link to the document.
 */
@Component
public class StatusNotes {

  private final TicketLinks links;
  private final AfterSalesTickets tickets;
  private final Threads threads;

  StatusNotes(TicketLinks links, AfterSalesTickets tickets, Threads threads) {
    this.links = links;
    this.tickets = tickets;
    this.threads = threads;
  }

  /**
   * Posts {@code noteKey} on the tickets of the document whose service is on; {@code link} is only
   * asked for when there is such a ticket (most documents come from no ticket).
   */
  public void post(
      AfterSalesService service,
      DocumentKind kind,
      long documentId,
      String noteKey,
      Supplier<DocumentLink> link) {
    List<Long> noted =
        links.ticketsOf(kind, documentId).stream()
            .filter(ticketId -> tickets.isOn(ticketId, service))
            .toList();
    if (noted.isEmpty()) {
      return;
    }
    DocumentLink target = link.get();
    for (long ticketId : noted) {
      threads.logKeyed(
          AfterSalesTickets.ref(ticketId), noteKey, List.of(), target.label(), target.url());
    }
  }
}

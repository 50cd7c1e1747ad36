package io.afterdesk.aftersales.returns;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.aftersales.domain.AfterSalesTickets;
import io.afterdesk.aftersales.domain.TicketLinks;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.inventory.TransferCancelled;
import io.afterdesk.inventory.TransferDone;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.mail.Threads;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * "Return done" / "Return cancelled" on the ticket a return was made from, when the team's Returns
 * switch is on; runs after the inventory transaction commits (event publication registry).
 */
@Component
class ReturnStatusNotes {

  private final TicketLinks links;
  private final AfterSalesTickets tickets;
  private final Threads threads;
  private final MessageSource messages;

  ReturnStatusNotes(
      TicketLinks links, AfterSalesTickets tickets, Threads threads, MessageSource messages) {
    this.links = links;
    this.tickets = tickets;
    this.threads = threads;
    this.messages = messages;
  }

  @ApplicationModuleListener
  void on(TransferDone event) {
    if (event.kind() == TransferKind.RETURN) {
      note(event.transferId(), event.number(), "aftersales.note.return-done");
    }
  }

  @ApplicationModuleListener
  void on(TransferCancelled event) {
    if (event.kind() == TransferKind.RETURN) {
      note(event.transferId(), event.number(), "aftersales.note.return-cancelled");
    }
  }

  private void note(long transferId, String number, String key) {
    for (long ticketId : links.ticketsOf(DocumentKind.RETURN, transferId)) {
      if (tickets.switchesOf(ticketId).returns()) {
        threads.log(
            AfterSalesTickets.ref(ticketId),
            messages.getMessage(key, null, Locale.ENGLISH),
            number,
            tickets.urlOf(new DocumentRef(Transfers.DOCUMENT_TYPE, transferId)));
      }
    }
  }
}

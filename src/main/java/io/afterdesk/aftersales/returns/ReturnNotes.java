package io.afterdesk.aftersales.returns;

import io.afterdesk.aftersales.domain.AfterSalesTickets;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.mail.Threads;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** "<link> Return created" on the ticket and "Created from ticket <link>" on the transfer. */
@Component
class ReturnNotes {

  private final Threads threads;
  private final MessageSource messages;

  ReturnNotes(Threads threads, MessageSource messages) {
    this.threads = threads;
    this.messages = messages;
  }

  void created(TicketView ticket, TransferView transfer, String key) {
    threads.log(
        AfterSalesTickets.ref(ticket.id()),
        text(key),
        transfer.number(),
        "/inventory/transfers/" + transfer.id());
    threads.log(
        new DocumentRef(Transfers.DOCUMENT_TYPE, transfer.id()),
        text("aftersales.note.created-from-ticket"),
        ticket.reference(),
        AfterSalesTickets.url(ticket.id()));
  }

  private String text(String key) {
    return messages.getMessage(key, null, Locale.ENGLISH);
  }
}

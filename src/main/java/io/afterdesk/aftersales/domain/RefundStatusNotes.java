package io.afterdesk.aftersales.domain;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.invoicing.InvoiceCancelled;
import io.afterdesk.invoicing.InvoiceKind;
import io.afterdesk.invoicing.InvoicePosted;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.mail.Threads;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * "Refund posted" / "Refund cancelled" on the ticket a credit note was made from, when the team's
 * Refunds switch is on. Runs after the invoicing transaction commits, from the event publication
 * registry (a crash before it ran is replayed on restart, so no note is lost).
 */
@Component
class RefundStatusNotes {

  private final TicketLinks links;
  private final AfterSalesTickets tickets;
  private final Threads threads;
  private final MessageSource messages;

  RefundStatusNotes(
      TicketLinks links, AfterSalesTickets tickets, Threads threads, MessageSource messages) {
    this.links = links;
    this.tickets = tickets;
    this.threads = threads;
    this.messages = messages;
  }

  @ApplicationModuleListener
  void on(InvoicePosted event) {
    if (event.kind() == InvoiceKind.CREDIT_NOTE) {
      note(event.invoiceId(), event.number(), "aftersales.note.refund-posted");
    }
  }

  @ApplicationModuleListener
  void on(InvoiceCancelled event) {
    if (event.kind() == InvoiceKind.CREDIT_NOTE) {
      note(event.invoiceId(), event.number(), "aftersales.note.refund-cancelled");
    }
  }

  private void note(long creditNoteId, @Nullable String number, String key) {
    for (long ticketId : links.ticketsOf(DocumentKind.CREDIT_NOTE, creditNoteId)) {
      if (tickets.switchesOf(ticketId).refunds()) {
        threads.log(
            AfterSalesTickets.ref(ticketId),
            messages.getMessage(key, null, Locale.ENGLISH),
            number == null
                ? messages.getMessage("aftersales.credit-note.draft", null, Locale.ENGLISH)
                : number,
            tickets.urlOf(new DocumentRef(Invoices.DOCUMENT_TYPE, creditNoteId)));
      }
    }
  }
}

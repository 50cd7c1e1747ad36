package io.afterdesk.aftersales.refund;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.aftersales.domain.AfterSalesService;
import io.afterdesk.aftersales.domain.StatusNotes;
import io.afterdesk.invoicing.InvoiceCancelled;
import io.afterdesk.invoicing.InvoiceId;
import io.afterdesk.invoicing.InvoiceKind;
import io.afterdesk.invoicing.InvoicePosted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * "Refund posted" / "Refund cancelled" on the ticket a credit note was made from, when the team's
 * Refunds switch is on. Runs after the invoicing transaction commits, from the event publication
 * registry (a crash before it ran is replayed on restart, so no note is lost).
 */
@Component
class RefundStatusNotes {

  static final String POSTED = "aftersales.note.refund-posted";
  static final String CANCELLED = "aftersales.note.refund-cancelled";

  private final StatusNotes notes;
  private final CreditNoteLinks links;

  RefundStatusNotes(StatusNotes notes, CreditNoteLinks links) {
    this.notes = notes;
    this.links = links;
  }

  @ApplicationModuleListener
  void on(InvoicePosted event) {
    if (event.kind() == InvoiceKind.CREDIT_NOTE) {
      note(event.invoiceId(), POSTED);
    }
  }

  @ApplicationModuleListener
  void on(InvoiceCancelled event) {
    if (event.kind() == InvoiceKind.CREDIT_NOTE) {
      note(event.invoiceId(), CANCELLED);
    }
  }

  private void note(long creditNoteId, String key) {
    notes.post(
        AfterSalesService.REFUNDS,
        DocumentKind.CREDIT_NOTE,
        creditNoteId,
        key,
        () -> links.of(InvoiceId.of(creditNoteId)));
  }
}

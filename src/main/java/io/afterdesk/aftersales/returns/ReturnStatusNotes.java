package io.afterdesk.aftersales.returns;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.aftersales.domain.AfterSalesService;
import io.afterdesk.aftersales.domain.StatusNotes;
import io.afterdesk.inventory.TransferCancelled;
import io.afterdesk.inventory.TransferDone;
import io.afterdesk.inventory.TransferKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * "Return done" / "Return cancelled" on the tickets a return was made from whose team has Returns
 * on, in the reader's language; runs after the inventory transaction commits.
 */
@Component
class ReturnStatusNotes {

  static final String DONE = "aftersales.note.return-done";
  static final String CANCELLED = "aftersales.note.return-cancelled";

  private final StatusNotes notes;
  private final TransferLinks links;

  ReturnStatusNotes(StatusNotes notes, TransferLinks links) {
    this.notes = notes;
    this.links = links;
  }

  @ApplicationModuleListener
  void on(TransferDone event) {
    if (event.kind() == TransferKind.RETURN) {
      note(event.transferId(), event.number(), DONE);
    }
  }

  @ApplicationModuleListener
  void on(TransferCancelled event) {
    if (event.kind() == TransferKind.RETURN) {
      note(event.transferId(), event.number(), CANCELLED);
    }
  }

  private void note(long transferId, String number, String key) {
    notes.post(
        AfterSalesService.RETURNS,
        DocumentKind.RETURN,
        transferId,
        key,
        () -> links.of(transferId, number));
  }
}

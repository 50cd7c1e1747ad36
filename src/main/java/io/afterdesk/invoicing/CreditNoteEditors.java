package io.afterdesk.invoicing;

/**
 * Who besides admins and managers may edit a draft credit note, answered by a module above
 * invoicing (after-sales: the agents working the ticket the credit note was made from). Invoicing
 * owns the question and never imports who answers it.
 */
public interface CreditNoteEditors {

  /** Whether the signed-in staff member may edit the draft credit note {@code creditNoteId}. */
  boolean mayEdit(long creditNoteId);
}

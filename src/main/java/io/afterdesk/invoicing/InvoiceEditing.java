package io.afterdesk.invoicing;

import io.afterdesk.identity.Permissions;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that says who may change invoicing documents: admins and managers change everything
 * (post, cancel, payments, drafts); an agent may also edit a draft credit note made from a ticket
 * of their teams (SPEC §0: lower quantities or prices, remove lines), as the {@link
 * CreditNoteEditors} say; posting stays with admins and managers.
 */
@Component
public class InvoiceEditing {

  private final List<CreditNoteEditors> editors;

  InvoiceEditing(List<CreditNoteEditors> editors) {
    this.editors = List.copyOf(editors);
  }

  /** Whether the signed-in user may change this draft (false once it is not a draft). */
  public boolean canEditDraft(InvoiceView invoice) {
    if (!invoice.isDraft()) {
      return false;
    }
    return Permissions.isManagerOrAdmin() || canEditDraftCreditNote(invoice);
  }

  /** Whether the signed-in user may edit this draft credit note (admins and managers always). */
  public boolean canEditDraftCreditNote(InvoiceView invoice) {
    if (!invoice.isCreditNote() || !invoice.isDraft()) {
      return false;
    }
    return Permissions.isManagerOrAdmin()
        || editors.stream().anyMatch(e -> e.mayEdit(invoice.id()));
  }

  /** 403 unless {@link #canEditDraft} (a document that is not a draft is left to the caller). */
  public void requireEditDraft(InvoiceView invoice) {
    if (!Permissions.isManagerOrAdmin() && !canEditDraftCreditNote(invoice)) {
      throw new AccessDeniedException("Only admins and managers change this document");
    }
  }
}

package io.afterdesk.invoicing.web;

import io.afterdesk.invoicing.InvoiceEditing;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Invoices, credit notes and payments are changed by admins and managers; agents read (and edit the
 * draft credit notes of their tickets: {@link InvoiceEditing}).
 */
final class InvoicingPermissions {

  private InvoicingPermissions() {}

  static boolean canEdit() {
    return InvoiceEditing.canEditAll();
  }

  static void requireEdit() {
    if (!canEdit()) {
      throw new AccessDeniedException("Only admins and managers change invoices");
    }
  }

  /**
   * 403 unless the caller edits, for an API request that changes something (a read is open to all
   * staff; a draft's PATCH is checked by its handler: agents may edit their credit notes).
   */
  static void requireEditToChange(HttpServletRequest request) {
    String method = request.getMethod();
    if (!"GET".equals(method)
        && !"HEAD".equals(method)
        && !isDraftEdit(method, request.getRequestURI())) {
      requireEdit();
    }
  }

  /** Whether the request is a draft's save ({@code POST /invoicing/invoices/{id}}) or PATCH. */
  static boolean isDraftEdit(String method, String path) {
    return ("POST".equals(method) && path.matches(".*/invoicing/invoices/\\d+"))
        || ("PATCH".equals(method) && path.matches(".*/api/v1/invoices/\\d+"));
  }
}

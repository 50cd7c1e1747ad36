package io.afterdesk.invoicing.web;

import io.afterdesk.invoicing.InvoiceEditing;
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

  /** Whether the request is a draft's save ({@code POST /invoicing/invoices/{id}}) or PATCH. */
  static boolean isDraftEdit(String method, String path) {
    return ("POST".equals(method) && path.matches(".*/invoicing/invoices/\\d+"))
        || ("PATCH".equals(method) && path.matches(".*/api/v1/invoices/\\d+"));
  }
}

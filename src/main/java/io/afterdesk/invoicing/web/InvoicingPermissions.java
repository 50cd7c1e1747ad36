package io.afterdesk.invoicing.web;

/**
 * Which invoicing requests are draft edits: an agent may send those for the draft credit notes of
 * their tickets ({@link io.afterdesk.invoicing.InvoiceEditing}); every other change needs a manager
 * or an admin ({@link io.afterdesk.identity.Permissions}).
 */
final class InvoicingPermissions {

  private InvoicingPermissions() {}

  /** Whether the request is a draft's save ({@code POST /invoicing/invoices/{id}}) or PATCH. */
  static boolean isDraftEdit(String method, String path) {
    return ("POST".equals(method) && path.matches(".*/invoicing/invoices/\\d+"))
        || ("PATCH".equals(method) && path.matches(".*/api/v1/invoices/\\d+"));
  }
}

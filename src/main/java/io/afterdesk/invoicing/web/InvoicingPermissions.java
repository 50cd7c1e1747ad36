package io.afterdesk.invoicing.web;

import io.afterdesk.identity.Permissions;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Which invoicing requests are draft edits: an agent may send those for the draft credit notes of
 * their tickets ({@link io.afterdesk.invoicing.InvoiceEditing}); every other change needs a manager
 * or an admin ({@link io.afterdesk.identity.Permissions}).
 */
final class InvoicingPermissions {

  private InvoicingPermissions() {}

  /**
   * 403 unless the caller is a manager or an admin, for an API request that changes something (a
   * read is open to all staff; a draft's PATCH is checked by its handler).
   */
  static void requireEditToChange(HttpServletRequest request) {
    String method = request.getMethod();
    if (!"GET".equals(method)
        && !"HEAD".equals(method)
        && !isDraftEdit(method, request.getRequestURI())) {
      Permissions.requireManagerOrAdmin("change invoices");
    }
  }

  /** Whether the request is a draft's save ({@code POST /invoicing/invoices/{id}}) or PATCH. */
  static boolean isDraftEdit(String method, String path) {
    return ("POST".equals(method) && path.matches(".*/invoicing/invoices/\\d+"))
        || ("PATCH".equals(method) && path.matches(".*/api/v1/invoices/\\d+"));
  }
}

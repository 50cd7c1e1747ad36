package io.afterdesk.catalog.web;

import io.afterdesk.identity.Permissions;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;

/**
 * The one rule of the catalog pages: every staff member reads, admins and managers change. Each
 * page controller applies it before its handlers, so a POST by anyone else is a 403.
 */
final class CatalogEditors {

  private CatalogEditors() {}

  static void check(HttpServletRequest request, Model model) {
    if ("POST".equals(request.getMethod())) {
      requireEditor();
    }
    model.addAttribute("canEdit", Permissions.isManagerOrAdmin());
  }

  static void requireEditor() {
    Permissions.requireManagerOrAdmin("change products");
  }
}

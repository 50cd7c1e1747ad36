package io.afterdesk.inventory.web;

import io.afterdesk.identity.Permissions;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who may change stock and transfers, for every inventory page and API call: anything but a read
 * needs an admin or a manager (agents get 403). Runs before a request body is read, so an agent is
 * refused whatever the body holds; pages learn {@code canEdit} to show or hide their buttons.
 */
@ControllerAdvice(basePackageClasses = InventoryEditAccess.class)
class InventoryEditAccess {

  /** Refuses (403) unless an admin or a manager asks: for the pages that open a change. */
  static void requireEditor() {
    Permissions.requireManagerOrAdmin("change stock and transfers");
  }

  @ModelAttribute
  void onlyEditorsChange(HttpServletRequest request, Model model) {
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      requireEditor();
    }
    model.addAttribute("canEdit", Permissions.isManagerOrAdmin());
  }
}

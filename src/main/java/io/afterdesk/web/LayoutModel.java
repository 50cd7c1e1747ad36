package io.afterdesk.web;

import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.StaffPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in and which page is open. */
@ControllerAdvice
class LayoutModel {

  private final CurrentUser currentUser;

  LayoutModel(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @ModelAttribute("staff")
  @Nullable StaffPrincipal staff() {
    return currentUser.principal().orElse(null);
  }

  @ModelAttribute("requestPath")
  String requestPath(HttpServletRequest request) {
    return request.getRequestURI();
  }
}

package io.afterdesk.web;

import io.afterdesk.common.web.PageLinks;
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
  private final PageLinks pageLinks;

  LayoutModel(CurrentUser currentUser, PageLinks pageLinks) {
    this.currentUser = currentUser;
    this.pageLinks = pageLinks;
  }

  /** Links to other pages of the current list (Thymeleaf 3.1 forbids bean references there). */
  @ModelAttribute("pageLinks")
  PageLinks pageLinks() {
    return pageLinks;
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

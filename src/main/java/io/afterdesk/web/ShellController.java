package io.afterdesk.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Sign-in pages, the start page and the page shown when a role does not allow a page. */
@Controller
class ShellController {

  @GetMapping("/")
  String home() {
    return "redirect:/helpdesk/tickets";
  }

  @GetMapping("/login")
  String staffLogin() {
    return "web/login";
  }

  @GetMapping("/my/login")
  String portalLogin() {
    return "web/portal-login";
  }

  /** Forwarded to with the refused request's method, so every method lands here. */
  @RequestMapping("/error/forbidden")
  String forbidden(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    return "web/forbidden";
  }
}

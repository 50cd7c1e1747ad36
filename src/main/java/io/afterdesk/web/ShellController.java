package io.afterdesk.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

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

  @GetMapping("/error/forbidden")
  String forbidden() {
    return "web/forbidden";
  }
}

package io.afterdesk.mail.web;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.mail.Outbox;
import io.afterdesk.mail.OutboxState;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings ▸ Outgoing mail (admins, as all of /settings): the outbox, one mail, resend. */
@Controller
@RequestMapping("/settings/outbox")
class OutboxController {

  private final Outbox outbox;
  private final boolean smtpConfigured;

  OutboxController(Outbox outbox, @Value("${spring.mail.host:}") String mailHost) {
    this.outbox = outbox;
    this.smtpConfigured = !mailHost.isBlank();
  }

  @GetMapping
  String list(
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable OutboxState state,
      Model model) {
    model.addAttribute("page", outbox.page(state, PageQuery.of(page, null, sort, q)));
    model.addAttribute("states", OutboxState.values());
    model.addAttribute("smtpConfigured", smtpConfigured);
    return "mail/outbox";
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    model.addAttribute("mail", outbox.get(id));
    model.addAttribute("attachments", outbox.attachmentsOf(id));
    model.addAttribute("smtpConfigured", smtpConfigured);
    return "mail/outbox-mail";
  }

  @PostMapping("/{id}/resend")
  String resend(@PathVariable long id, RedirectAttributes redirect) {
    try {
      outbox.resend(id);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("mail.outbox.flash.requeued"));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.arguments()));
    }
    return "redirect:/settings/outbox/" + id;
  }
}

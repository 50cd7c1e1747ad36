package io.afterdesk.mail.web;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.Flash;
import io.afterdesk.mail.PortalInvitations;
import io.afterdesk.mail.PortalInvitations.PendingInvitation;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Portal invitations: the "Grant portal access" button of the customer form (staff) and the
 * one-time page where the invited customer sets a password ({@code /my/invitation/{token}}, open to
 * anyone holding the link).
 */
@Controller
class InvitationController {

  static final String PAGE = "mail/invitation";

  private final PortalInvitations invitations;

  InvitationController(PortalInvitations invitations) {
    this.invitations = invitations;
  }

  /**
   * "Grant portal access" ({@code reset} absent) or "Reset portal password" ({@code reset=true}) of
   * the customer form; managers and admins only (others get the forbidden page).
   */
  @PostMapping("/customers/{id}/portal-invitation")
  String invite(
      @PathVariable long id,
      @RequestParam(defaultValue = "false") boolean reset,
      RedirectAttributes redirect) {
    try {
      PortalInvitations.Invitation sent =
          reset ? invitations.resetPassword(id) : invitations.invite(id);
      redirect.addFlashAttribute(
          Flash.ATTRIBUTE,
          Flash.success(
              reset ? "mail.invitation.flash.reset-sent" : "mail.invitation.flash.sent",
              sent.email()));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.arguments()));
    }
    return "redirect:/customers/" + id;
  }

  /** "Revoke portal access" of the customer form; managers and admins only. */
  @PostMapping("/customers/{id}/portal-access/revoke")
  String revoke(@PathVariable long id, RedirectAttributes redirect) {
    try {
      invitations.revoke(id);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("mail.invitation.flash.revoked"));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.arguments()));
    }
    return "redirect:/customers/" + id;
  }

  @GetMapping("/my/invitation/{token}")
  String show(
      @PathVariable String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
    Optional<PendingInvitation> invitation = invitations.find(token);
    if (invitation.isEmpty()) {
      response.setStatus(HttpStatus.GONE.value());
    }
    model.addAttribute("invitation", invitation.orElse(null));
    model.addAttribute("token", token);
    return PAGE;
  }

  @PostMapping("/my/invitation/{token}")
  String accept(
      @PathVariable String token,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String confirmation,
      Locale locale,
      Model model,
      RedirectAttributes redirect,
      jakarta.servlet.http.HttpServletResponse response) {
    Optional<PendingInvitation> invitation = invitations.find(token);
    if (invitation.isEmpty()) {
      response.setStatus(HttpStatus.GONE.value());
      model.addAttribute("invitation", null);
      model.addAttribute("token", token);
      return PAGE;
    }
    String error = null;
    if (!password.equals(confirmation)) {
      error = "mail.invitation.password-mismatch";
    } else {
      try {
        invitations.accept(token, password, locale);
        redirect.addFlashAttribute(
            Flash.ATTRIBUTE, Flash.success("mail.invitation.flash.accepted"));
        return "redirect:/my/login?invited";
      } catch (FieldValidationException e) {
        error = "mail.invitation.password-too-short";
      } catch (BusinessRuleException e) {
        error = e.messageKey();
      }
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    model.addAttribute("invitation", invitation.get());
    model.addAttribute("token", token);
    model.addAttribute("error", error);
    return PAGE;
  }
}

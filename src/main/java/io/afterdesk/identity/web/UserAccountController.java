package io.afterdesk.identity.web;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.web.Flash;
import io.afterdesk.identity.ApiTokens;
import io.afterdesk.identity.IssuedApiToken;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's account actions on the users admin page: password, activation and API tokens (admins
 * only, enforced by the staff security chain).
 */
@Controller
@RequestMapping("/settings/users")
class UserAccountController {

  private final UserManagement users;
  private final ApiTokens tokens;
  private final UserEditPage editPage;

  UserAccountController(UserManagement users, ApiTokens tokens, UserEditPage editPage) {
    this.users = users;
    this.tokens = tokens;
    this.editPage = editPage;
  }

  @PostMapping("/{id}/password")
  String changePassword(
      @PathVariable long id,
      @Valid @ModelAttribute("passwordForm") PasswordForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      editPage.withStoredForm(id, model);
      return editPage.show(id, model);
    }
    users.changePassword(id, form.password());
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("identity.flash.password-changed"));
    return "redirect:/settings/users/" + id;
  }

  @PostMapping("/{id}/deactivate")
  String deactivate(@PathVariable long id, RedirectAttributes redirect) {
    try {
      UserSummary user = users.deactivate(id);
      redirect.addFlashAttribute(
          Flash.ATTRIBUTE, Flash.success("identity.flash.deactivated", user.login()));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.arguments()));
    }
    return "redirect:/settings/users/" + id;
  }

  @PostMapping("/{id}/activate")
  String activate(@PathVariable long id, RedirectAttributes redirect) {
    UserSummary user = users.activate(id);
    redirect.addFlashAttribute(
        Flash.ATTRIBUTE, Flash.success("identity.flash.activated", user.login()));
    return "redirect:/settings/users/" + id;
  }

  /**
   * Creates a token and shows the edit page once with its secret (never stored, never redirected:
   * the secret must not travel through the session). htmx swaps only the tokens section.
   */
  @PostMapping("/{id}/api-tokens")
  String issueToken(
      @PathVariable long id,
      @Valid @ModelAttribute("tokenForm") TokenForm form,
      BindingResult result,
      Model model) {
    if (!result.hasErrors()) {
      IssuedApiToken token = tokens.issueToken(id, form.name().trim());
      model.addAttribute("issuedToken", token);
      model.addAttribute("tokenForm", new TokenForm(""));
    }
    editPage.withStoredForm(id, model);
    return editPage.show(id, model);
  }

  @PostMapping("/{id}/api-tokens/{tokenId}/revoke")
  String revokeToken(
      @PathVariable long id, @PathVariable long tokenId, RedirectAttributes redirect) {
    tokens.revokeToken(id, tokenId);
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("identity.flash.token-revoked"));
    return "redirect:/settings/users/" + id + "#api-tokens";
  }
}

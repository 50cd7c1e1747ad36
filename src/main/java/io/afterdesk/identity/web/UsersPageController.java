package io.afterdesk.identity.web;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.FormErrors;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.TeamMemberships;
import io.afterdesk.identity.TeamOption;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The users admin page under Settings (admins only, enforced by the staff security chain). */
@Controller
@RequestMapping("/settings/users")
class UsersPageController {

  private static final String LIST = "identity/users";
  private static final String NEW = "identity/user-new";

  private final UserManagement users;
  private final UserEditPage editPage;
  private final TeamMemberships memberships;

  UsersPageController(UserManagement users, UserEditPage editPage, TeamMemberships memberships) {
    this.users = users;
    this.editPage = editPage;
    this.memberships = memberships;
  }

  @ModelAttribute("roles")
  Role[] roles() {
    return Role.values();
  }

  @ModelAttribute("teams")
  java.util.List<TeamOption> teams() {
    return memberships.teamChoices();
  }

  @GetMapping
  String list(
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable Role role,
      @RequestParam(required = false) @Nullable Boolean active,
      Model model) {
    model.addAttribute("page", users.search(PageQuery.of(page, null, null, q), role, active));
    model.addAttribute("teamNames", teamNames());
    return LIST;
  }

  @GetMapping("/new")
  String newUser(Model model) {
    model.addAttribute("form", NewUserForm.empty());
    return NEW;
  }

  @PostMapping
  String create(
      @Valid @ModelAttribute("form") @Nullable NewUserForm form,
      BindingResult result,
      RedirectAttributes redirect) {
    requireConstructed(form);
    if (result.hasErrors()) {
      return NEW;
    }
    try {
      UserSummary created = users.create(form.toNewUser());
      redirect.addFlashAttribute(
          Flash.ATTRIBUTE, Flash.success("identity.flash.user-created", created.login()));
      return "redirect:/settings/users/" + created.id();
    } catch (FieldValidationException e) {
      FormErrors.reject(result, e);
      return NEW;
    }
  }

  @GetMapping("/{id}")
  String edit(@PathVariable long id, Model model) {
    UserSummary user = users.get(id);
    model.addAttribute("form", EditUserForm.of(user, users.versionOf(id)));
    return editPage.show(id, model);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") @Nullable EditUserForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    requireConstructed(form);
    if (!result.hasErrors()) {
      try {
        users.update(id, form.toChanges());
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("flash.saved"));
        return "redirect:/settings/users/" + id;
      } catch (FieldValidationException e) {
        FormErrors.reject(result, e);
      } catch (BusinessRuleException e) {
        result.reject(e.messageKey(), e.arguments(), e.messageKey());
      } catch (OptimisticLockingFailureException e) {
        result.reject("error.stale-version");
      }
    }
    return editPage.show(id, model);
  }

  private Map<Long, String> teamNames() {
    Map<Long, String> names = new LinkedHashMap<>();
    memberships.teamChoices().forEach(team -> names.put(team.id(), team.name()));
    return names;
  }

  /**
   * A form record is not built when a value cannot be converted (a role or team id that no form of
   * ours sends): that is a forged request, answered 400 rather than re-shown.
   */
  static void requireConstructed(@Nullable Object form) {
    if (form == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Malformed form");
    }
  }
}

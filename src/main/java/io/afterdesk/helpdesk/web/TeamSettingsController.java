package io.afterdesk.helpdesk.web;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.FormErrors;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.helpdesk.Teams;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings (admins only, by the security chain): teams; their stages and the tags are beside. */
@Controller
@RequestMapping("/settings")
class TeamSettingsController {

  private final Teams teams;
  private final UserManagement users;

  TeamSettingsController(Teams teams, UserManagement users) {
    this.teams = teams;
    this.users = users;
  }

  @GetMapping("/teams")
  String list(Model model) {
    List<TeamView> all = teams.all();
    List<UserSummary> everyone = users.all();
    Map<Long, String> memberNames = new HashMap<>();
    for (TeamView team : all) {
      memberNames.put(
          team.id(),
          everyone.stream()
              .filter(user -> team.memberIds().contains(user.id()))
              .map(UserSummary::name)
              .collect(Collectors.joining(", ")));
    }
    model.addAttribute("teams", all);
    model.addAttribute("memberNames", memberNames);
    return "helpdesk/teams";
  }

  @GetMapping("/teams/new")
  String newTeam(Model model) {
    model.addAttribute("form", TeamForm.empty());
    return formPage(model, null);
  }

  @PostMapping("/teams")
  String create(
      @Valid @ModelAttribute("form") TeamForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    if (binding.hasErrors()) {
      return formPage(model, null);
    }
    try {
      TeamView team = teams.create(form.toDraft());
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("flash.created"));
      return "redirect:/settings/teams/" + team.id();
    } catch (FieldValidationException e) {
      FormErrors.reject(binding, e);
      return formPage(model, null);
    }
  }

  @GetMapping("/teams/{id}")
  String edit(@PathVariable long id, Model model) {
    TeamView team = teams.get(id);
    model.addAttribute("form", TeamForm.of(team));
    return formPage(model, team);
  }

  @PostMapping("/teams/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") TeamForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    TeamView team = teams.get(id);
    if (binding.hasErrors()) {
      return formPage(model, team);
    }
    try {
      teams.update(id, form.toDraft());
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("flash.saved"));
      return "redirect:/settings/teams/" + id;
    } catch (FieldValidationException e) {
      FormErrors.reject(binding, e);
      return formPage(model, team);
    }
  }

  private String formPage(Model model, @Nullable TeamView team) {
    model.addAttribute("team", team);
    model.addAttribute("users", users.activeUsers());
    return "helpdesk/team";
  }
}

package io.afterdesk.helpdesk.web;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.FormErrors;
import io.afterdesk.helpdesk.Tags;
import io.afterdesk.helpdesk.TeamStages;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Settings (admins only, by the security chain): teams with their stages, and ticket tags. */
@Controller
@RequestMapping("/settings")
class TeamSettingsController {

  private final Teams teams;
  private final TeamStages stages;
  private final Tags tags;
  private final UserManagement users;

  TeamSettingsController(Teams teams, TeamStages stages, Tags tags, UserManagement users) {
    this.teams = teams;
    this.stages = stages;
    this.tags = tags;
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

  @PostMapping("/teams/{id}/stages")
  String addStage(
      @PathVariable long id,
      @RequestParam String name,
      @RequestParam(required = false) @Nullable String nameVi,
      @RequestParam(defaultValue = "false") boolean closing,
      RedirectAttributes redirect) {
    return stageAction(id, redirect, () -> stages.add(id, name, nameVi, closing));
  }

  @PostMapping("/teams/{id}/stages/{stageId}")
  String renameStage(
      @PathVariable long id,
      @PathVariable long stageId,
      @RequestParam String name,
      @RequestParam(defaultValue = "") String nameVi,
      @RequestParam(defaultValue = "false") boolean closing,
      RedirectAttributes redirect) {
    return stageAction(id, redirect, () -> stages.rename(id, stageId, name, nameVi, closing));
  }

  @PostMapping("/teams/{id}/stages/{stageId}/move")
  String moveStage(
      @PathVariable long id,
      @PathVariable long stageId,
      @RequestParam boolean up,
      RedirectAttributes redirect) {
    return stageAction(id, redirect, () -> stages.move(id, stageId, up));
  }

  @PostMapping("/teams/{id}/stages/{stageId}/delete")
  String removeStage(
      @PathVariable long id, @PathVariable long stageId, RedirectAttributes redirect) {
    return stageAction(id, redirect, () -> stages.remove(id, stageId));
  }

  @GetMapping("/tags")
  String tags(Model model) {
    model.addAttribute("tags", tags.all());
    return "helpdesk/tags";
  }

  @PostMapping("/tags")
  String createTag(
      @RequestParam String name,
      @RequestParam(required = false) @Nullable String nameVi,
      RedirectAttributes redirect) {
    try {
      tags.create(name, nameVi);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("flash.created"));
    } catch (FieldValidationException e) {
      var error = e.errors().get(0);
      redirect.addFlashAttribute(
          Flash.ATTRIBUTE, Flash.error(error.messageKey(), error.arguments()));
    }
    return "redirect:/settings/tags";
  }

  private String stageAction(long id, RedirectAttributes redirect, Runnable action) {
    try {
      action.run();
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("flash.saved"));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.arguments()));
    } catch (FieldValidationException e) {
      var error = e.errors().get(0);
      redirect.addFlashAttribute(
          Flash.ATTRIBUTE, Flash.error(error.messageKey(), error.arguments()));
    }
    return "redirect:/settings/teams/" + id;
  }

  private String formPage(Model model, @Nullable TeamView team) {
    model.addAttribute("team", team);
    model.addAttribute("users", users.activeUsers());
    return "helpdesk/team";
  }
}

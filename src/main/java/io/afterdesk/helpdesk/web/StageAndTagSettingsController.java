package io.afterdesk.helpdesk.web;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.Flash;
import io.afterdesk.helpdesk.Tags;
import io.afterdesk.helpdesk.TeamStages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings (admins only, by the security chain): a team's stages, changed one at a time from the
 * team's page, and the ticket tags. A refusal comes back as a message on the page it came from.
 */
@Controller
@RequestMapping("/settings")
class StageAndTagSettingsController {

  private final TeamStages stages;
  private final Tags tags;

  StageAndTagSettingsController(TeamStages stages, Tags tags) {
    this.stages = stages;
    this.tags = tags;
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
}

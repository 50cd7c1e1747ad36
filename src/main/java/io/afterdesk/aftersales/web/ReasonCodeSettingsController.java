package io.afterdesk.aftersales.web;

import io.afterdesk.aftersales.ReasonCodes;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.TextLimits;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.FormErrors;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's list of reason codes (/settings/** is admin only): add, rename in both languages,
 * switch on and off.
 */
@Controller
class ReasonCodeSettingsController {

  record ReasonCodeForm(
      @NotBlank(message = "{aftersales.reason-code.code.required}") @Size(max = TextLimits.CODE)
          String code,
      @NotBlank(message = "{aftersales.reason-code.name.required}") @Size(max = TextLimits.NAME)
          String name,
      @Nullable @Size(max = TextLimits.NAME) String nameVi) {}

  private final ReasonCodes reasonCodes;

  ReasonCodeSettingsController(ReasonCodes reasonCodes) {
    this.reasonCodes = reasonCodes;
  }

  @GetMapping("/settings/reason-codes")
  String list(Model model) {
    model.addAttribute("form", new ReasonCodeForm("", "", ""));
    model.addAttribute("reasonCodes", reasonCodes.all());
    return "aftersales/reason-codes";
  }

  @PostMapping("/settings/reason-codes")
  String create(
      @Valid @ModelAttribute("form") ReasonCodeForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    if (!binding.hasErrors()) {
      try {
        reasonCodes.create(form.code(), form.name(), form.nameVi(), true);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("flash.saved"));
        return "redirect:/settings/reason-codes";
      } catch (FieldValidationException e) {
        FormErrors.reject(binding, e);
      }
    }
    model.addAttribute("reasonCodes", reasonCodes.all());
    return "aftersales/reason-codes";
  }

  /** Renames a code in English and Vietnamese; a refusal is shown above the list. */
  @PostMapping("/settings/reason-codes/{id}")
  String rename(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(required = false) @Nullable String nameVi,
      RedirectAttributes redirect) {
    try {
      reasonCodes.rename(id, name, nameVi);
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("flash.saved"));
    } catch (FieldValidationException e) {
      var error = e.errors().get(0);
      redirect.addFlashAttribute(
          Flash.ATTRIBUTE, Flash.error(error.messageKey(), error.arguments()));
    }
    return "redirect:/settings/reason-codes";
  }

  @PostMapping("/settings/reason-codes/{id}/active")
  String active(@PathVariable long id, @RequestParam boolean active) {
    reasonCodes.setActive(id, active);
    return "redirect:/settings/reason-codes";
  }
}

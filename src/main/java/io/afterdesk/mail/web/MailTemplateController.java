package io.afterdesk.mail.web;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.Flash;
import io.afterdesk.mail.MailPurpose;
import io.afterdesk.mail.MailTemplateView;
import io.afterdesk.mail.MailTemplates;
import io.afterdesk.mail.RenderedMail;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.exceptions.TemplateEngineException;

/** Settings ▸ Mail templates (admins): subject and bodies per purpose and language, a preview. */
@Controller
@RequestMapping("/settings/mail-templates")
class MailTemplateController {

  private final MailTemplates templates;

  MailTemplateController(MailTemplates templates) {
    this.templates = templates;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("templates", templates.all());
    return "mail/templates";
  }

  @GetMapping("/{purpose}/{language}")
  String edit(@PathVariable MailPurpose purpose, @PathVariable String language, Model model) {
    MailTemplateView template = templates.get(purpose, language);
    return form(
        template, template.subject(), template.bodyHtml(), template.bodyText(), null, model);
  }

  @PostMapping("/{purpose}/{language}")
  String save(
      @PathVariable MailPurpose purpose,
      @PathVariable String language,
      @RequestParam(defaultValue = "") String subject,
      @RequestParam(defaultValue = "") String bodyHtml,
      @RequestParam(defaultValue = "") String bodyText,
      Model model,
      RedirectAttributes redirect) {
    MailTemplateView template = templates.get(purpose, language);
    if (subject.isBlank() || bodyHtml.isBlank() || bodyText.isBlank()) {
      return form(template, subject, bodyHtml, bodyText, "mail.template.required", model);
    }
    try {
      templates.save(purpose, template.language(), subject, bodyHtml, bodyText);
    } catch (FieldValidationException e) {
      return form(template, subject, bodyHtml, bodyText, "mail.template.invalid", model);
    }
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("flash.saved"));
    return "redirect:/settings/mail-templates/" + purpose + "/" + template.language();
  }

  @PostMapping("/{purpose}/{language}/reset")
  String reset(
      @PathVariable MailPurpose purpose,
      @PathVariable String language,
      RedirectAttributes redirect) {
    templates.reset(purpose, language);
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("mail.template.flash.reset"));
    return "redirect:/settings/mail-templates/" + purpose + "/" + language;
  }

  /** The edited (unsaved) template rendered with sample values, for htmx to show. */
  @PostMapping("/{purpose}/{language}/preview")
  String preview(
      @PathVariable MailPurpose purpose,
      @PathVariable String language,
      @RequestParam(defaultValue = "") String subject,
      @RequestParam(defaultValue = "") String bodyHtml,
      @RequestParam(defaultValue = "") String bodyText,
      Model model) {
    try {
      RenderedMail rendered =
          templates.render(subject, bodyHtml, bodyText, language, MailTemplates.sample(purpose));
      model.addAttribute("preview", rendered);
      model.addAttribute("previewError", null);
    } catch (TemplateEngineException | IllegalArgumentException e) {
      model.addAttribute("preview", null);
      model.addAttribute("previewError", e.getMessage());
    }
    return "mail/template-edit :: preview";
  }

  private String form(
      MailTemplateView template,
      String subject,
      String bodyHtml,
      String bodyText,
      String error,
      Model model) {
    model.addAttribute("template", template);
    model.addAttribute("subject", subject);
    model.addAttribute("bodyHtml", bodyHtml);
    model.addAttribute("bodyText", bodyText);
    model.addAttribute("error", error);
    model.addAttribute(
        "preview",
        safeRender(template.purpose(), template.language(), subject, bodyHtml, bodyText));
    model.addAttribute("previewError", null);
    return "mail/template-edit";
  }

  private RenderedMail safeRender(
      MailPurpose purpose, String language, String subject, String bodyHtml, String bodyText) {
    try {
      return templates.render(subject, bodyHtml, bodyText, language, MailTemplates.sample(purpose));
    } catch (TemplateEngineException | IllegalArgumentException e) {
      return new RenderedMail("", "", "");
    }
  }
}

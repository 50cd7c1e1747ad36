package io.afterdesk.invoicing.web;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.ReaderTexts;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.FormErrors;
import io.afterdesk.identity.Permissions;
import io.afterdesk.invoicing.DraftChanges;
import io.afterdesk.invoicing.InvoiceEditing;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The invoice form (status bar, payment badge, lines editable while draft, totals, smart buttons,
 * chatter), the actions Post and Cancel, and the PDF. Every staff member reads; admins and managers
 * change (others get 403 on a POST), and agents may edit the draft credit notes made from their
 * teams' tickets ({@link InvoiceEditing}).
 */
@Controller
class InvoicePageController {

  private final Invoices invoices;
  private final InvoiceEditing editing;
  private final InvoiceFormModel page;
  private final ReaderTexts texts;

  InvoicePageController(
      Invoices invoices, InvoiceEditing editing, InvoiceFormModel page, ReaderTexts texts) {
    this.invoices = invoices;
    this.texts = texts;
    this.editing = editing;
    this.page = page;
  }

  /** A draft's save is checked by {@link #update} itself (agents may edit their credit notes). */
  @ModelAttribute
  void permissions(HttpServletRequest request) {
    if ("POST".equals(request.getMethod())
        && !InvoicingPermissions.isDraftEdit(request.getMethod(), request.getRequestURI())) {
      Permissions.requireManagerOrAdmin("change invoices");
    }
  }

  @GetMapping("/invoicing/invoices/{id}")
  String show(@PathVariable long id, Model model) {
    InvoiceView invoice = invoices.get(id);
    model.addAttribute("form", InvoiceForm.of(invoice, shownReference(invoice)));
    return page.show(invoice, model);
  }

  @PostMapping("/invoicing/invoices/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") InvoiceForm form,
      BindingResult errors,
      @RequestParam(required = false) @Nullable String addLine,
      @RequestParam(required = false) @Nullable Integer removeLine,
      @RequestParam(required = false) @Nullable Integer removeCreditLine,
      Model model,
      RedirectAttributes redirect) {
    InvoiceView invoice = invoices.get(id);
    editing.requireEditDraft(invoice);
    if (!Permissions.isManagerOrAdmin()) {
      return saveCreditLines(invoice, form, removeCreditLine, model, redirect);
    }
    InvoiceForm kept = removeCreditLine == null ? form : form.withoutCreditLine(removeCreditLine);
    InvoiceForm edited = kept.withLineEdit(addLine, removeLine);
    if (edited != kept) {
      model.addAttribute("form", edited);
      return page.show(invoice, model);
    }
    if (!errors.hasErrors()
        && FormErrors.saved(
            errors, () -> invoices.updateDraft(id, changesOf(invoice, kept), kept.version()))) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("flash.saved"));
      return "redirect:/invoicing/invoices/" + id;
    }
    return page.show(invoice, model);
  }

  /** The reference in the reader's language (the form shows it so). */
  private @Nullable String shownReference(InvoiceView invoice) {
    return texts.shown(invoice.reference(), invoice.referenceText());
  }

  /**
   * The changes a save makes; a reference left as shown stays as it is (keeping it in each reader's
   * language) rather than being stored in the language of whoever saved.
   */
  private DraftChanges changesOf(InvoiceView invoice, InvoiceForm form) {
    boolean creditNote = invoice.isCreditNote();
    String reference = form.reference() == null ? "" : form.reference().strip();
    boolean asShown = reference.equals(Objects.toString(shownReference(invoice), ""));
    return new DraftChanges(
        form.customerId(),
        asShown ? null : reference,
        form.invoiceDate(),
        form.dueDate(),
        creditNote ? null : form.toLines(),
        creditNote && form.creditLines() != null ? form.toCreditLines() : null);
  }

  /**
   * An agent's save of a draft credit note of their ticket: only the lines (quantities and prices
   * lowered, lines removed); the header stays as it is.
   */
  private String saveCreditLines(
      InvoiceView invoice,
      InvoiceForm form,
      @Nullable Integer removeCreditLine,
      Model model,
      RedirectAttributes redirect) {
    InvoiceForm lines = removeCreditLine == null ? form : form.withoutCreditLine(removeCreditLine);
    BindingResult errors = new BeanPropertyBindingResult(lines, "form");
    Runnable save =
        () ->
            invoices.updateDraft(
                invoice.id(), DraftChanges.creditLines(lines.toCreditLines()), lines.version());
    if (FormErrors.saved(errors, save)) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("flash.saved"));
      return "redirect:/invoicing/invoices/" + invoice.id();
    }
    model.addAttribute("form", lines);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
    return page.show(invoice, model);
  }

  @PostMapping("/invoicing/invoices/{id}/post")
  String post(@PathVariable long id, RedirectAttributes redirect) {
    return act(id, redirect, () -> invoices.post(id), "invoicing.invoice.posted");
  }

  @PostMapping("/invoicing/invoices/{id}/cancel")
  String cancel(@PathVariable long id, RedirectAttributes redirect) {
    return act(id, redirect, () -> invoices.cancel(id), "invoicing.invoice.cancelled");
  }

  @GetMapping("/invoicing/invoices/{id}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
    return PdfNames.inline(invoices.get(id), invoices.pdf(id, locale));
  }

  private String act(long id, RedirectAttributes redirect, Runnable action, String doneKey) {
    invoices.get(id);
    try {
      action.run();
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(doneKey));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.arguments()));
    }
    return "redirect:/invoicing/invoices/" + id;
  }
}

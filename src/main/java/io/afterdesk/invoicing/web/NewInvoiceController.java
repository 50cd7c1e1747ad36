package io.afterdesk.invoicing.web;

import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.FormErrors;
import io.afterdesk.identity.Permissions;
import io.afterdesk.invoicing.InvoiceDraft;
import io.afterdesk.invoicing.Invoices;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A new draft invoice from the page: admins and managers only. */
@Controller
class NewInvoiceController {

  private final Invoices invoices;
  private final InvoiceFormModel page;
  private final Clock clock;

  NewInvoiceController(Invoices invoices, InvoiceFormModel page, Clock clock) {
    this.invoices = invoices;
    this.page = page;
    this.clock = clock;
  }

  @ModelAttribute
  void onlyEditors() {
    Permissions.requireManagerOrAdmin("change invoices");
  }

  @GetMapping("/invoicing/invoices/new")
  String newInvoice(Model model) {
    model.addAttribute("form", InvoiceForm.empty(LocalDate.now(clock)));
    return page.showNew(model);
  }

  @PostMapping("/invoicing/invoices")
  String create(
      @Valid @ModelAttribute("form") InvoiceForm form,
      BindingResult errors,
      @RequestParam(required = false) @Nullable String addLine,
      @RequestParam(required = false) @Nullable Integer removeLine,
      Model model,
      RedirectAttributes redirect) {
    InvoiceForm edited = form.withLineEdit(addLine, removeLine);
    if (edited != form) {
      model.addAttribute("form", edited);
      return page.showNew(model);
    }
    AtomicLong created = new AtomicLong();
    if (!errors.hasErrors()
        && FormErrors.saved(errors, () -> created.set(invoices.createDraft(draftOf(form))))) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("invoicing.invoice.created"));
      return "redirect:/invoicing/invoices/" + created.get();
    }
    return page.showNew(model);
  }

  private static InvoiceDraft draftOf(InvoiceForm form) {
    return new InvoiceDraft(
        form.customerId() == null ? 0 : form.customerId(),
        null,
        null,
        null,
        form.reference(),
        form.invoiceDate(),
        form.dueDate(),
        form.toLines());
  }
}

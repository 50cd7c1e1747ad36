package io.afterdesk.invoicing.web;

import io.afterdesk.common.web.Decimals;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.FormErrors;
import io.afterdesk.common.web.Htmx;
import io.afterdesk.identity.Permissions;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.invoicing.JournalView;
import io.afterdesk.invoicing.PaymentRequest;
import io.afterdesk.invoicing.Payments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register-payment dialog of an invoice, loaded by htmx into the layout's modal. */
@Controller
class PaymentDialogController {

  private final Invoices invoices;
  private final Payments payments;
  private final Clock clock;

  PaymentDialogController(Invoices invoices, Payments payments, Clock clock) {
    this.invoices = invoices;
    this.payments = payments;
    this.clock = clock;
  }

  @ModelAttribute
  void onlyEditors() {
    Permissions.requireManagerOrAdmin("change invoices");
  }

  @GetMapping("/invoicing/invoices/{id}/payment")
  String dialog(@PathVariable long id, Model model) {
    InvoiceView invoice = invoices.get(id);
    JournalView bank =
        paymentJournals().stream().findFirst().orElseThrow(IllegalStateException::new);
    String residual = invoice.residual().rounded().amount().toPlainString();
    model.addAttribute("paymentForm", new PaymentForm(bank.id(), residual, LocalDate.now(clock)));
    return show(invoice, model);
  }

  @PostMapping("/invoicing/invoices/{id}/payments")
  String pay(
      @PathVariable long id,
      @Valid @ModelAttribute("paymentForm") PaymentForm form,
      BindingResult errors,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    InvoiceView invoice = invoices.get(id);
    Runnable pay =
        () ->
            payments.register(
                id,
                new PaymentRequest(
                    form.journalId(),
                    Decimals.parseOrRefuse(form.amount(), "amount"),
                    form.date()));
    if (errors.hasErrors() || !FormErrors.saved(errors, pay)) {
      return show(invoice, model);
    }
    Flash flash = Flash.success("invoicing.payment.registered");
    if (Htmx.isHtmx(request)) {
      Htmx.redirect("/invoicing/invoices/" + id, flash, request, response);
      return "invoicing/payment-dialog :: done";
    }
    redirect.addFlashAttribute(Flash.ATTRIBUTE, flash);
    return "redirect:/invoicing/invoices/" + id;
  }

  private String show(InvoiceView invoice, Model model) {
    model.addAttribute("invoice", invoice);
    model.addAttribute("journals", paymentJournals());
    return "invoicing/payment-dialog :: dialog";
  }

  private List<JournalView> paymentJournals() {
    return invoices.journals().stream()
        .filter(j -> j.active() && j.type().takesPayments())
        .toList();
  }
}

package io.afterdesk.invoicing.web;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.DocumentLinks;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.Decimals;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.FormErrors;
import io.afterdesk.common.web.Htmx;
import io.afterdesk.identity.Permissions;
import io.afterdesk.invoicing.DraftChanges;
import io.afterdesk.invoicing.InvoiceDraft;
import io.afterdesk.invoicing.InvoiceEditing;
import io.afterdesk.invoicing.InvoiceRow;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.invoicing.JournalView;
import io.afterdesk.invoicing.PaymentRequest;
import io.afterdesk.partner.Customers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The invoice pages: new draft, the form (status bar, payment badge, lines editable while draft,
 * totals, smart buttons, chatter), the actions Post and Cancel, the register-payment dialog and the
 * PDF. Every staff member reads; admins and managers change (others get 403 on a POST), and agents
 * may edit the draft credit notes made from their teams' tickets ({@link InvoiceEditing}).
 */
@Controller
class InvoicePageController {

  /** The document type the sales module registers its orders under (an opaque name here). */
  private static final String SALES_ORDER_TYPE = "sales.order";

  private final Invoices invoices;
  private final Customers customers;
  private final Products products;
  private final InvoiceEditing editing;
  private final DocumentLinks links;

  InvoicePageController(
      Invoices invoices,
      Customers customers,
      Products products,
      InvoiceEditing editing,
      DocumentLinks links) {
    this.invoices = invoices;
    this.customers = customers;
    this.products = products;
    this.editing = editing;
    this.links = links;
  }

  /** A draft's save is checked by {@link #update} itself (agents may edit their credit notes). */
  @ModelAttribute
  void permissions(HttpServletRequest request, Model model) {
    if ("POST".equals(request.getMethod())
        && !InvoicingPermissions.isDraftEdit(request.getMethod(), request.getRequestURI())) {
      Permissions.requireManagerOrAdmin("change invoices");
    }
    model.addAttribute("canEdit", Permissions.isManagerOrAdmin());
  }

  @GetMapping("/invoicing/invoices/new")
  String newInvoice(Model model) {
    Permissions.requireManagerOrAdmin("change invoices");
    model.addAttribute("form", InvoiceForm.empty());
    return showNew(model);
  }

  @PostMapping("/invoicing/invoices")
  String create(
      @Valid @ModelAttribute("form") InvoiceForm form,
      BindingResult errors,
      @RequestParam(required = false) @Nullable String addLine,
      @RequestParam(required = false) @Nullable Integer removeLine,
      Model model,
      RedirectAttributes redirect) {
    InvoiceForm edited = editLines(form, addLine, removeLine);
    if (edited != form) {
      model.addAttribute("form", edited);
      return showNew(model);
    }
    if (!errors.hasErrors()) {
      try {
        long id =
            invoices.createDraft(
                new InvoiceDraft(
                    form.customerId(),
                    null,
                    null,
                    null,
                    form.reference(),
                    form.invoiceDate(),
                    form.dueDate(),
                    form.toLines()));
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("invoicing.invoice.created"));
        return "redirect:/invoicing/invoices/" + id;
      } catch (FieldValidationException e) {
        FormErrors.reject(errors, e);
      }
    }
    return showNew(model);
  }

  @GetMapping("/invoicing/invoices/{id}")
  String show(@PathVariable long id, Model model) {
    InvoiceView invoice = invoices.get(id);
    model.addAttribute("form", InvoiceForm.of(invoice));
    return showForm(invoice, model);
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
    if (removeCreditLine != null) {
      form = form.withoutCreditLine(removeCreditLine);
    }
    InvoiceForm edited = editLines(form, addLine, removeLine);
    if (edited != form) {
      model.addAttribute("form", edited);
      return showForm(invoice, model);
    }
    if (!errors.hasErrors()) {
      try {
        invoices.updateDraft(
            id,
            new DraftChanges(
                form.customerId(),
                form.reference() == null ? "" : form.reference(),
                form.invoiceDate(),
                form.dueDate(),
                invoice.isCreditNote() ? null : form.toLines(),
                invoice.isCreditNote() && form.creditLines() != null ? form.toCreditLines() : null),
            form.version());
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("flash.saved"));
        return "redirect:/invoicing/invoices/" + id;
      } catch (FieldValidationException e) {
        FormErrors.reject(errors, e);
      } catch (BusinessRuleException e) {
        errors.reject(e.messageKey(), e.arguments(), e.messageKey());
      } catch (OptimisticLockingFailureException e) {
        errors.reject("error.stale-version");
      }
    }
    return showForm(invoice, model);
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
    BindingResult errors =
        new org.springframework.validation.BeanPropertyBindingResult(lines, "form");
    try {
      invoices.updateDraft(
          invoice.id(), DraftChanges.creditLines(lines.toCreditLines()), lines.version());
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("flash.saved"));
      return "redirect:/invoicing/invoices/" + invoice.id();
    } catch (FieldValidationException e) {
      FormErrors.reject(errors, e);
    } catch (BusinessRuleException e) {
      errors.reject(e.messageKey(), e.arguments(), e.messageKey());
    } catch (OptimisticLockingFailureException e) {
      errors.reject("error.stale-version");
    }
    model.addAttribute("form", lines);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
    return showForm(invoice, model);
  }

  @PostMapping("/invoicing/invoices/{id}/post")
  String post(@PathVariable long id, RedirectAttributes redirect) {
    return act(id, redirect, () -> invoices.post(id), "invoicing.invoice.posted");
  }

  @PostMapping("/invoicing/invoices/{id}/cancel")
  String cancel(@PathVariable long id, RedirectAttributes redirect) {
    return act(id, redirect, () -> invoices.cancel(id), "invoicing.invoice.cancelled");
  }

  /** The register-payment dialog, loaded by htmx into the layout's modal. */
  @GetMapping("/invoicing/invoices/{id}/payment")
  String paymentDialog(@PathVariable long id, Model model) {
    Permissions.requireManagerOrAdmin("change invoices");
    InvoiceView invoice = invoices.get(id);
    JournalView bank =
        paymentJournals().stream().findFirst().orElseThrow(IllegalStateException::new);
    model.addAttribute(
        "paymentForm",
        new PaymentForm(
            bank.id(), invoice.residual().rounded().amount().toPlainString(), LocalDate.now()));
    return showPaymentDialog(invoice, model);
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
    if (!errors.hasErrors()) {
      try {
        List<FieldValidationException.FieldError> parse = new ArrayList<>();
        BigDecimal amount = Decimals.parse(form.amount(), "amount", parse);
        if (!parse.isEmpty()) {
          throw new FieldValidationException(parse);
        }
        invoices.registerPayment(id, new PaymentRequest(form.journalId(), amount, form.date()));
        Flash flash = Flash.success("invoicing.payment.registered");
        if (Htmx.isHtmx(request)) {
          Htmx.redirect("/invoicing/invoices/" + id, flash, request, response);
          return "invoicing/payment-dialog :: done";
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, flash);
        return "redirect:/invoicing/invoices/" + id;
      } catch (FieldValidationException e) {
        FormErrors.reject(errors, e);
      } catch (BusinessRuleException e) {
        errors.reject(e.messageKey(), e.arguments(), e.messageKey());
      }
    }
    return showPaymentDialog(invoice, model);
  }

  @GetMapping("/invoicing/invoices/{id}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    InvoiceView invoice = invoices.get(id);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(PdfNames.of(invoice)).build().toString())
        .body(invoices.pdf(id));
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

  /** Adds an empty line or removes one; answers the same form when neither was asked. */
  private static InvoiceForm editLines(
      InvoiceForm form, @Nullable String addLine, @Nullable Integer removeLine) {
    if (addLine != null) {
      List<InvoiceForm.LineForm> lines = new ArrayList<>(form.lineList());
      lines.add(InvoiceForm.LineForm.empty());
      return form.withLines(lines);
    }
    if (removeLine != null && removeLine >= 0 && removeLine < form.lineList().size()) {
      List<InvoiceForm.LineForm> lines = new ArrayList<>(form.lineList());
      lines.remove((int) removeLine);
      return form.withLines(lines);
    }
    return form;
  }

  private String showNew(Model model) {
    model.addAttribute("invoice", null);
    model.addAttribute("canEditDraft", Permissions.isManagerOrAdmin());
    addChoices(model);
    return "invoicing/form";
  }

  private String showForm(InvoiceView invoice, Model model) {
    model.addAttribute("invoice", invoice);
    model.addAttribute("canEditDraft", editing.canEditDraft(invoice));
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute(
        "originLink",
        invoice.originRef() == null ? null : links.of(invoice.originRef(), locale).orElse(null));
    model.addAttribute(
        "salesOrderLink",
        invoice.salesOrderId() == null
            ? null
            : links
                .of(new DocumentRef(SALES_ORDER_TYPE, invoice.salesOrderId()), locale)
                .orElse(null));
    model.addAttribute(
        "customerName", customers.find(invoice.customerId()).map(c -> c.displayName()).orElse(""));
    List<InvoiceRow> creditNotes =
        invoice.isCreditNote() ? List.of() : invoices.creditNotesOf(invoice.id());
    model.addAttribute("creditNotes", creditNotes);
    model.addAttribute(
        "payments",
        invoices
            .payments(null, invoice.id(), new io.afterdesk.common.web.PageQuery(0, 100, null, null))
            .items());
    addChoices(model);
    return "invoicing/form";
  }

  private void addChoices(Model model) {
    model.addAttribute("customers", customers.search("", 500));
    List<ProductSummary> all = products.search("", 500);
    model.addAttribute("products", all);
    Map<Long, String> names = new HashMap<>();
    all.forEach(p -> names.put(p.id(), p.displayName()));
    model.addAttribute("productNames", names);
  }

  private String showPaymentDialog(InvoiceView invoice, Model model) {
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

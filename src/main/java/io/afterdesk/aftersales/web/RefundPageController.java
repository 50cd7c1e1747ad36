package io.afterdesk.aftersales.web;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.aftersales.ReasonCodeView;
import io.afterdesk.aftersales.ReasonCodes;
import io.afterdesk.aftersales.TicketDocument;
import io.afterdesk.aftersales.domain.AfterSalesTickets;
import io.afterdesk.aftersales.domain.TicketLinks;
import io.afterdesk.aftersales.refund.RefundChoices;
import io.afterdesk.aftersales.refund.RefundFilter;
import io.afterdesk.aftersales.refund.RefundMode;
import io.afterdesk.aftersales.refund.RefundResult;
import io.afterdesk.aftersales.refund.RefundWizard;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.FormErrors;
import io.afterdesk.common.web.Htmx;
import io.afterdesk.helpdesk.TicketId;
import io.afterdesk.helpdesk.TicketView;
import io.afterdesk.invoicing.CreditNoteSchedule;
import io.afterdesk.invoicing.InvoiceId;
import io.afterdesk.invoicing.Invoices;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Refund dialog of a ticket and the list its Credit Notes smart button opens. */
@Controller
class RefundPageController {

  private final RefundWizard wizard;
  private final AfterSalesTickets tickets;
  private final TicketLinks links;
  private final Invoices invoices;
  private final CreditNoteSchedule schedule;
  private final ReasonCodes reasonCodes;

  RefundPageController(
      RefundWizard wizard,
      AfterSalesTickets tickets,
      TicketLinks links,
      Invoices invoices,
      CreditNoteSchedule schedule,
      ReasonCodes reasonCodes) {
    this.wizard = wizard;
    this.tickets = tickets;
    this.links = links;
    this.invoices = invoices;
    this.schedule = schedule;
    this.reasonCodes = reasonCodes;
  }

  /**
   * The dialog; choosing another sales order, product or lot reloads it with what they filter. A
   * parameter sent empty is the explicit "—" (any order, no product filter); one not sent takes its
   * default.
   */
  @GetMapping("/aftersales/tickets/{id}/refund")
  String dialog(
      @PathVariable long id,
      @RequestParam(required = false) String salesOrderId,
      @RequestParam(required = false) String productId,
      @RequestParam(required = false) String lotId,
      @RequestParam(required = false) String idempotencyKey,
      Model model) {
    RefundChoices choices =
        wizard.choices(TicketId.of(id), RefundFilter.ofParameters(salesOrderId, productId, lotId));
    model.addAttribute("refundForm", RefundForm.of(choices, idempotencyKey));
    model.addAttribute("choices", choices);
    return "aftersales/refund-dialog :: dialog";
  }

  @PostMapping("/aftersales/tickets/{id}/refund")
  String refund(
      @PathVariable long id,
      @ModelAttribute("refundForm") RefundForm form,
      BindingResult errors,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        RefundResult result =
            wizard.refund(TicketId.of(id), form.toCommand(), form.idempotencyKey());
        String target = targetOf(id, form.mode(), result);
        Flash flash = Flash.success("aftersales.refund.done");
        if (Htmx.isHtmx(request)) {
          Htmx.redirect(target, flash, request, response);
          return "aftersales/refund-dialog :: done";
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, flash);
        return "redirect:" + target;
      } catch (FieldValidationException e) {
        FormErrors.reject(errors, e);
      } catch (BusinessRuleException e) {
        errors.reject(e.messageKey(), e.arguments(), e.messageKey());
      }
    }
    model.addAttribute("choices", wizard.choices(TicketId.of(id), form.filter()));
    return "aftersales/refund-dialog :: dialog";
  }

  /** Reverse opens the draft credit note to adjust; the second button opens the new invoice. */
  private static String targetOf(long ticketId, RefundMode mode, RefundResult result) {
    if (mode == RefundMode.REVERSE && result.creditNoteIds().size() == 1) {
      return "/invoicing/invoices/" + result.creditNoteIds().get(0);
    }
    if (mode == RefundMode.REVERSE_AND_CREATE_INVOICE && result.newInvoiceIds().size() == 1) {
      return "/invoicing/invoices/" + result.newInvoiceIds().get(0);
    }
    return AfterSalesTickets.url(ticketId);
  }

  @GetMapping("/aftersales/tickets/{id}/credit-notes")
  String creditNotes(@PathVariable long id, Model model) {
    TicketView ticket = tickets.visible(id);
    List<TicketDocument> notes = links.ofTicket(id, DocumentKind.CREDIT_NOTE);
    var reasons = reasonCodes.lookup();
    model.addAttribute("ticket", ticket);
    model.addAttribute(
        "rows",
        notes.stream()
            .map(
                link ->
                    new CreditNoteRow(
                        invoices.get(link.documentId()),
                        reasons.apply(link.reasonCode()),
                        schedule.scheduledDateOf(InvoiceId.of(link.documentId())).orElse(null)))
            .toList());
    return "aftersales/credit-notes";
  }

  record CreditNoteRow(
      io.afterdesk.invoicing.InvoiceView note,
      ReasonCodeView reason,
      java.time.@org.jspecify.annotations.Nullable LocalDate scheduledDate) {}
}

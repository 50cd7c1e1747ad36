package io.afterdesk.aftersales.web;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.aftersales.ReasonCodeView;
import io.afterdesk.aftersales.ReasonCodes;
import io.afterdesk.aftersales.TicketDocument;
import io.afterdesk.aftersales.domain.AfterSalesTickets;
import io.afterdesk.aftersales.domain.TicketLinks;
import io.afterdesk.aftersales.returns.ReturnChoices;
import io.afterdesk.aftersales.returns.ReturnChoicesQuery;
import io.afterdesk.aftersales.returns.ReturnResult;
import io.afterdesk.aftersales.returns.ReturnWizard;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.Htmx;
import io.afterdesk.inventory.Transfers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Return dialog of a ticket (one line per move: {@code qty-<moveId>}, {@code lots-<moveId>})
 * and the list its Returns smart button opens.
 */
@Controller
class ReturnPageController {

  /** A message to show in the dialog: a key and its arguments, and the field it is about if any. */
  record DialogError(@Nullable String field, String key, Object[] arguments) {}

  private final ReturnWizard wizard;
  private final ReturnChoicesQuery returnChoices;
  private final AfterSalesTickets tickets;
  private final TicketLinks links;
  private final Transfers transfers;
  private final ReasonCodes reasonCodes;

  ReturnPageController(
      ReturnWizard wizard,
      ReturnChoicesQuery choices,
      AfterSalesTickets tickets,
      TicketLinks links,
      Transfers transfers,
      ReasonCodes reasonCodes) {
    this.wizard = wizard;
    this.returnChoices = choices;
    this.tickets = tickets;
    this.links = links;
    this.transfers = transfers;
    this.reasonCodes = reasonCodes;
  }

  /** The dialog; choosing another order or delivery reloads it. */
  @GetMapping("/aftersales/tickets/{id}/return")
  String dialog(
      @PathVariable long id,
      @RequestParam(required = false) Long salesOrderId,
      @RequestParam(required = false) Long deliveryId,
      @RequestParam(required = false) String idempotencyKey,
      Model model) {
    ReturnChoices choices = returnChoices.choices(id, salesOrderId, deliveryId);
    return render(model, choices, idempotencyKey, null, List.of());
  }

  @PostMapping("/aftersales/tickets/{id}/return")
  String create(
      @PathVariable long id,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    String key = params.getFirst("idempotencyKey");
    List<DialogError> errors = new ArrayList<>();
    try {
      ReturnResult result = wizard.createReturn(id, ReturnDialogForm.read(params), key);
      String target = tickets.urlOf(new DocumentRef(Transfers.DOCUMENT_TYPE, result.returnId()));
      Flash flash = Flash.success("aftersales.return.done");
      if (Htmx.isHtmx(request)) {
        Htmx.redirect(target, flash, request, response);
        return "aftersales/return-dialog :: done";
      }
      redirect.addFlashAttribute(Flash.ATTRIBUTE, flash);
      return "redirect:" + target;
    } catch (FieldValidationException e) {
      e.errors()
          .forEach(f -> errors.add(new DialogError(f.field(), f.messageKey(), f.arguments())));
    } catch (BusinessRuleException e) {
      errors.add(new DialogError(null, e.messageKey(), e.arguments()));
    }
    ReturnChoices choices = returnChoices.choices(id, null, ReturnDialogForm.deliveryId(params));
    Map<String, String> entered = new LinkedHashMap<>();
    params.forEach((k, v) -> entered.put(k, v.isEmpty() ? "" : v.get(0)));
    return render(model, choices, key, entered, errors);
  }

  private String render(
      Model model,
      ReturnChoices choices,
      @Nullable String idempotencyKey,
      @Nullable Map<String, String> entered,
      List<DialogError> errors) {
    model.addAttribute("choices", choices);
    model.addAttribute(
        "idempotencyKey",
        idempotencyKey == null || idempotencyKey.isBlank()
            ? java.util.UUID.randomUUID().toString()
            : idempotencyKey);
    model.addAttribute("entered", entered == null ? Map.of() : entered);
    model.addAttribute("errors", errors);
    Map<String, DialogError> byField = new LinkedHashMap<>();
    errors.stream().filter(e -> e.field() != null).forEach(e -> byField.putIfAbsent(e.field(), e));
    model.addAttribute("fieldErrors", byField);
    return "aftersales/return-dialog :: dialog";
  }

  @GetMapping("/aftersales/tickets/{id}/returns")
  String returns(@PathVariable long id, Model model) {
    model.addAttribute("ticket", tickets.visible(id));
    List<TicketDocument> returns = links.ofTicket(id, DocumentKind.RETURN);
    var reasons = reasonCodes.lookup();
    model.addAttribute(
        "rows",
        returns.stream()
            .map(
                link ->
                    new ReturnRow(
                        transfers.get(link.documentId()), reasons.apply(link.reasonCode())))
            .toList());
    return "aftersales/returns";
  }

  record ReturnRow(io.afterdesk.inventory.TransferView transfer, ReasonCodeView reason) {}
}

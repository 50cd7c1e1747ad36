package io.afterdesk.inventory.web;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.Flash;
import io.afterdesk.inventory.DeliveryRequest;
import io.afterdesk.inventory.ReceiptRequest;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferLine;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A manual receipt or delivery (returns are made from tickets, never here). */
@Controller
@RequestMapping("/inventory/transfers")
class NewTransferController {

  /** The form's own fields; a refusal about anything else is shown above the form. */
  private static final List<String> HEADER_FIELDS = List.of("kind", "customerId", "origin");

  private final Transfers transfers;
  private final Names names;

  NewTransferController(Transfers transfers, Names names) {
    this.transfers = transfers;
    this.names = names;
  }

  @GetMapping("/new")
  String newTransfer(
      @RequestParam(required = false, defaultValue = "RECEIPT") TransferKind kind, Model model) {
    InventoryEditAccess.requireEditor();
    model.addAttribute(
        "form", NewTransferForm.empty(kind == TransferKind.RETURN ? TransferKind.RECEIPT : kind));
    return showNew(model);
  }

  @PostMapping
  String create(
      @Valid @ModelAttribute("form") NewTransferForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        TransferView created = create(form);
        redirect.addFlashAttribute(
            Flash.ATTRIBUTE, Flash.success("inventory.transfer.created", created.number()));
        return "redirect:/inventory/transfers/" + created.id();
      } catch (FieldValidationException e) {
        for (FieldValidationException.FieldError error : e.errors()) {
          if (HEADER_FIELDS.contains(error.field())) {
            errors.rejectValue(
                error.field(), error.messageKey(), error.arguments(), error.messageKey());
          } else {
            errors.reject(error.messageKey(), error.arguments(), error.messageKey());
          }
        }
      } catch (BusinessRuleException e) {
        errors.reject(e.messageKey(), e.arguments(), e.messageKey());
      }
    }
    return showNew(model);
  }

  private TransferView create(NewTransferForm form) {
    List<TransferLine> lines = form.lines();
    if (form.kind() == TransferKind.DELIVERY) {
      if (form.customerId() == null) {
        throw FieldValidationException.of("customerId", "inventory.transfer.customer-required");
      }
      return transfers.createDelivery(
          new DeliveryRequest(form.customerId(), null, form.originText(), null, lines));
    }
    if (form.kind() != TransferKind.RECEIPT) {
      throw FieldValidationException.of("kind", "inventory.transfer.manual-kind");
    }
    return transfers.createReceipt(
        new ReceiptRequest(form.customerId(), form.originText(), null, lines));
  }

  private String showNew(Model model) {
    model.addAttribute("kinds", List.of(TransferKind.RECEIPT, TransferKind.DELIVERY));
    model.addAttribute("products", names.goods());
    model.addAttribute("customers", names.customerChoices());
    return "inventory/transfer-new";
  }
}

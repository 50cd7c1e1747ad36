package io.afterdesk.inventory.web;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.Htmx;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.inventory.ValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The validate dialog, loaded by htmx into the layout's modal: a refusal is shown in the dialog
 * with what was typed kept, a success closes it and reopens the transfer with a flash.
 */
@Controller
@RequestMapping("/inventory/transfers")
class ValidateDialogController {

  private static final String DIALOG = "inventory/validate-dialog :: dialog";

  private final Transfers transfers;
  private final ValidateDialog dialog;
  private final MessageSource messages;

  ValidateDialogController(Transfers transfers, ValidateDialog dialog, MessageSource messages) {
    this.transfers = transfers;
    this.dialog = dialog;
    this.messages = messages;
  }

  @GetMapping("/{id}/validate")
  String validateDialog(@PathVariable long id, Model model) {
    InventoryEditAccess.requireEditor();
    dialog.prepare(transfers.get(id), null, null, model);
    return DIALOG;
  }

  @PostMapping("/{id}/validate")
  String validate(
      @PathVariable long id,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    TransferView transfer = transfers.get(id);
    String refusal;
    try {
      ValidationResult result = transfers.validate(id, dialog.read(transfer, request));
      Flash flash = doneFlash(transfer, result);
      if (Htmx.isHtmx(request)) {
        Htmx.redirect("/inventory/transfers/" + id, flash, request, response);
        return "inventory/validate-dialog :: done";
      }
      redirect.addFlashAttribute(Flash.ATTRIBUTE, flash);
      return "redirect:/inventory/transfers/" + id;
    } catch (BusinessRuleException e) {
      refusal = message(e.messageKey(), e.arguments(), locale);
    } catch (FieldValidationException e) {
      FieldValidationException.FieldError error = e.errors().get(0);
      refusal = message(error.messageKey(), error.arguments(), locale);
    } catch (OptimisticLockingFailureException e) {
      refusal = message("error.stale-version", new Object[0], locale);
    }
    dialog.prepare(transfer, refusal, request, model);
    return DIALOG;
  }

  private static Flash doneFlash(TransferView transfer, ValidationResult result) {
    TransferView backorder = result.backorder();
    return backorder == null
        ? Flash.success("inventory.transfer.validated", transfer.number())
        : Flash.success(
            "inventory.transfer.validated-backorder", transfer.number(), backorder.number());
  }

  private String message(String key, Object[] arguments, Locale locale) {
    return messages.getMessage(key, arguments, key, locale);
  }
}

package io.afterdesk.inventory.web;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.web.Flash;
import io.afterdesk.inventory.MoveView;
import io.afterdesk.inventory.TransferState;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A transfer's form: its status bar, moves, origin and backorder links and chatter, and its Cancel
 * button (the Validate button opens {@link ValidateDialogController}'s dialog).
 */
@Controller
@RequestMapping("/inventory/transfers")
class TransferFormController {

  private static final List<TransferState> STEPS =
      List.of(TransferState.DRAFT, TransferState.READY, TransferState.DONE);

  private final Transfers transfers;
  private final Names names;
  private final TransferOrigins origins;

  TransferFormController(Transfers transfers, Names names, TransferOrigins origins) {
    this.transfers = transfers;
    this.names = names;
    this.origins = origins;
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Locale locale, Model model) {
    TransferView transfer = transfers.get(id);
    List<Long> productIds = transfer.moves().stream().map(MoveView::productId).toList();
    Long customerId = transfer.customerId();
    Long backorderOfId = transfer.backorderOfId();
    model.addAttribute("transfer", transfer);
    model.addAttribute("products", names.products(productIds));
    model.addAttribute("lotNames", names.lots(productIds));
    model.addAttribute("locationNames", names.locations());
    model.addAttribute(
        "customerName",
        customerId == null ? null : names.customers(List.of(customerId)).get(customerId));
    model.addAttribute(
        "backorderOf", backorderOfId == null ? null : transfers.find(backorderOfId).orElse(null));
    model.addAttribute("backorders", transfers.backordersOf(id));
    model.addAttribute("originUrl", origins.url(transfer, locale));
    model.addAttribute("originLink", origins.createdFrom(transfer, locale));
    model.addAttribute("steps", STEPS);
    return "inventory/transfer";
  }

  @PostMapping("/{id}/cancel")
  String cancel(@PathVariable long id, RedirectAttributes redirect) {
    TransferView transfer = transfers.get(id);
    try {
      transfers.cancel(id);
      redirect.addFlashAttribute(
          Flash.ATTRIBUTE, Flash.success("inventory.transfer.cancelled", transfer.number()));
    } catch (BusinessRuleException e) {
      redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), e.arguments()));
    }
    return "redirect:/inventory/transfers/" + id;
  }
}

package io.afterdesk.inventory.web;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.Flash;
import io.afterdesk.inventory.AdjustmentResult;
import io.afterdesk.inventory.LocationView;
import io.afterdesk.inventory.Stock;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inventory adjustment form: a product, an internal location, a lot for tracked products and
 * the counted quantity. Admins and managers adjust (see {@link InventoryEditAccess}).
 */
@Controller
@RequestMapping("/inventory")
class AdjustmentPageController {

  private final Stock stock;
  private final Names names;

  AdjustmentPageController(Stock stock, Names names) {
    this.stock = stock;
    this.names = names;
  }

  @GetMapping("/adjustments")
  String adjustments(
      @RequestParam(required = false) @Nullable Long productId,
      @RequestParam(required = false) @Nullable Long locationId,
      Model model) {
    long location = locationId == null ? stock.locationNamed("WH/Stock").id() : locationId;
    model.addAttribute("form", AdjustmentForm.empty(productId, location));
    return showAdjustment(productId, model);
  }

  /** The lot field for the chosen product (htmx swaps it when the product changes). */
  @GetMapping("/adjustments/lots")
  String adjustmentLots(@RequestParam(required = false) @Nullable Long productId, Model model) {
    model.addAttribute("form", AdjustmentForm.empty(productId, 0));
    lotChoices(productId, model);
    return "inventory/adjustment :: lot-field";
  }

  @PostMapping("/adjustments")
  String adjust(
      @Valid @ModelAttribute("form") AdjustmentForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        BigDecimal counted = Quantities.parse(form.quantity(), "quantity");
        AdjustmentResult result =
            stock.adjust(form.productId(), form.locationId(), form.lotId(), counted);
        redirect.addFlashAttribute(
            Flash.ATTRIBUTE,
            Flash.success(
                "inventory.adjustment.done",
                Quantities.plain(result.countedQuantity()),
                Quantities.plain(result.difference())));
        return "redirect:/inventory/products/" + form.productId();
      } catch (FieldValidationException e) {
        for (FieldValidationException.FieldError error : e.errors()) {
          errors.rejectValue(
              error.field(), error.messageKey(), error.arguments(), error.messageKey());
        }
      } catch (BusinessRuleException e) {
        errors.reject(e.messageKey(), e.arguments(), e.messageKey());
      }
    }
    return showAdjustment(form.productId(), model);
  }

  private String showAdjustment(@Nullable Long productId, Model model) {
    model.addAttribute("products", names.goods());
    model.addAttribute(
        "locations", names.locationList().stream().filter(LocationView::internal).toList());
    lotChoices(productId, model);
    return "inventory/adjustment";
  }

  private void lotChoices(@Nullable Long productId, Model model) {
    model.addAttribute("lots", productId == null ? List.of() : names.lotsOf(productId));
    model.addAttribute(
        "tracked",
        productId != null
            && names.goods().stream().anyMatch(p -> p.id() == productId && p.tracking().tracked()));
  }
}

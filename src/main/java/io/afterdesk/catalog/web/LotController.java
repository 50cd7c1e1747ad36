package io.afterdesk.catalog.web;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductManagement;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.FormErrors;
import io.afterdesk.common.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The add-lot dialog of a product, loaded by htmx into the layout's modal, and its submit. */
@Controller
@RequestMapping("/products/{id}/lots")
class LotController {

  private final Products products;
  private final ProductManagement management;

  LotController(Products products, ProductManagement management) {
    this.products = products;
    this.management = management;
  }

  /** Both the dialog and its submit are for admins and managers only. */
  @ModelAttribute
  void onlyEditors() {
    CatalogEditors.requireEditor();
  }

  @GetMapping("/new")
  String newLot(@PathVariable long id, Model model) {
    model.addAttribute("product", products.get(id));
    model.addAttribute("lotForm", new LotRequest(""));
    return "catalog/lot-dialog :: dialog";
  }

  @PostMapping
  String addLot(
      @PathVariable long id,
      @Valid @ModelAttribute("lotForm") LotRequest form,
      BindingResult errors,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ProductSummary product = products.get(id);
    if (!errors.hasErrors()) {
      try {
        LotSummary lot = management.addLot(id, form.name() == null ? "" : form.name());
        Flash flash = Flash.success("catalog.lot.created", lot.name());
        if (Htmx.isHtmx(request)) {
          Htmx.redirect("/products/" + id, flash, request, response);
          return "catalog/lot-dialog :: done";
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, flash);
        return "redirect:/products/" + id;
      } catch (FieldValidationException e) {
        FormErrors.reject(errors, e);
      } catch (BusinessRuleException e) {
        errors.reject(e.messageKey(), e.arguments(), e.messageKey());
      }
    }
    model.addAttribute("product", product);
    return "catalog/lot-dialog :: dialog";
  }
}

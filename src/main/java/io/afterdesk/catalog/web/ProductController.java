package io.afterdesk.catalog.web;

import io.afterdesk.catalog.ProductManagement;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.ProductType;
import io.afterdesk.catalog.Products;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.FormErrors;
import io.afterdesk.common.web.PageQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The product pages: new, and the form with its lots (the list is {@link ProductListController},
 * the add-lot dialog {@link LotController}). Every staff member reads; admins and managers change
 * (others get 403 on a POST).
 */
@Controller
@RequestMapping("/products")
class ProductController {

  private final Products products;
  private final ProductManagement management;

  ProductController(Products products, ProductManagement management) {
    this.products = products;
    this.management = management;
  }

  @ModelAttribute
  void permissions(HttpServletRequest request, Model model) {
    CatalogEditors.check(request, model);
  }

  @GetMapping("/new")
  String newProduct(Model model) {
    CatalogEditors.requireEditor();
    model.addAttribute("form", ProductForm.empty());
    return showForm(null, model);
  }

  @PostMapping
  String create(
      @Valid @ModelAttribute("form") ProductForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        ProductSummary created = management.create(form.toInput());
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("catalog.product.created"));
        return "redirect:/products/" + created.id();
      } catch (FieldValidationException e) {
        FormErrors.reject(errors, e);
      }
    }
    return showForm(null, model);
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    ProductSummary product = products.get(id);
    model.addAttribute(
        "form", ProductForm.of(product, products.descriptionOf(id), products.versionOf(id)));
    return showForm(product, model);
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") ProductForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    ProductSummary product = products.get(id);
    if (!errors.hasErrors()) {
      try {
        management.update(id, form.toInput(), form.version());
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("flash.saved"));
        return "redirect:/products/" + id;
      } catch (FieldValidationException e) {
        FormErrors.reject(errors, e);
      } catch (BusinessRuleException e) {
        errors.reject(e.messageKey(), e.arguments(), e.messageKey());
      } catch (OptimisticLockingFailureException e) {
        errors.reject("error.stale-version");
      }
    }
    return showForm(product, model);
  }

  @PostMapping("/{id}/archive")
  String archive(@PathVariable long id, RedirectAttributes redirect) {
    management.archive(id);
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("catalog.product.archived"));
    return "redirect:/products/" + id;
  }

  @PostMapping("/{id}/unarchive")
  String unarchive(@PathVariable long id, RedirectAttributes redirect) {
    management.unarchive(id);
    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("catalog.product.unarchived"));
    return "redirect:/products/" + id;
  }

  private String showForm(@Nullable ProductSummary product, Model model) {
    model.addAttribute("product", product);
    model.addAttribute("types", ProductType.values());
    model.addAttribute("trackings", Tracking.values());
    model.addAttribute("currency", management.currency().getCurrencyCode());
    if (product != null) {
      model.addAttribute("lots", products.lotPage(product.id(), new PageQuery(0, 200, null, null)));
    }
    return "catalog/form";
  }
}

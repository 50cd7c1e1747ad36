package io.afterdesk.catalog.web;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductFilter;
import io.afterdesk.catalog.ProductManagement;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.ProductType;
import io.afterdesk.catalog.Products;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.CsvExport;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.FormErrors;
import io.afterdesk.common.web.Htmx;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.identity.Permissions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The product pages: list (search, filters, pages, CSV), new, form with its lots and the add-lot
 * dialog. Every staff member reads; admins and managers change (others get 403 on a POST).
 */
@Controller
@RequestMapping("/products")
class ProductController {

  private final Products products;
  private final ProductManagement management;
  private final MessageSource messages;

  ProductController(Products products, ProductManagement management, MessageSource messages) {
    this.products = products;
    this.management = management;
    this.messages = messages;
  }

  @ModelAttribute
  void permissions(HttpServletRequest request, Model model) {
    if ("POST".equals(request.getMethod())) {
      Permissions.requireManagerOrAdmin("change products");
    }
    model.addAttribute("canEdit", Permissions.isManagerOrAdmin());
  }

  @GetMapping
  String list(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable ProductType type,
      @RequestParam(required = false) @Nullable Tracking tracking,
      @RequestParam(required = false, defaultValue = "false") boolean archived,
      @RequestParam(required = false) @Nullable Integer page,
      @RequestParam(required = false) @Nullable String sort,
      Model model) {
    model.addAttribute(
        "page",
        products.page(
            new ProductFilter(type, tracking, archived), PageQuery.of(page, null, sort, q)));
    model.addAttribute("type", type);
    model.addAttribute("tracking", tracking);
    model.addAttribute("archived", archived);
    model.addAttribute(
        "csvUrl",
        ServletUriComponentsBuilder.fromCurrentRequest()
            .replaceQueryParam("format", "csv")
            .replaceQueryParam("page")
            .build()
            .toUriString());
    model.addAttribute("types", ProductType.values());
    model.addAttribute("trackings", Tracking.values());
    return "catalog/list";
  }

  @GetMapping(params = "format=csv")
  void exportCsv(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable ProductType type,
      @RequestParam(required = false) @Nullable Tracking tracking,
      @RequestParam(required = false, defaultValue = "false") boolean archived,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    PageResponse<ProductSummary> rows =
        products.page(
            new ProductFilter(type, tracking, archived),
            new PageQuery(0, PageQuery.MAX_SIZE, null, q));
    List<String> headers =
        List.of(
                "id",
                "reference",
                "name",
                "type",
                "tracking",
                "sales-price",
                "cost",
                "currency",
                "tax-rate",
                "sale-ok",
                "active")
            .stream()
            .map(column -> messages.getMessage("catalog.csv." + column, null, locale))
            .toList();
    CsvExport.write(
        response,
        "products.csv",
        headers,
        rows.items(),
        p ->
            List.of(
                p.id(),
                p.reference() == null ? "" : p.reference(),
                p.name(),
                p.type(),
                p.tracking(),
                p.salesPrice().rounded().amount().toPlainString(),
                p.cost().rounded().amount().toPlainString(),
                p.salesPrice().currency().getCurrencyCode(),
                p.taxRate().stripTrailingZeros().toPlainString(),
                p.saleOk(),
                p.active()));
  }

  @GetMapping("/new")
  String newProduct(Model model) {
    Permissions.requireManagerOrAdmin("change products");
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

  /** The add-lot dialog, loaded by htmx into the layout's modal. */
  @GetMapping("/{id}/lots/new")
  String newLot(@PathVariable long id, Model model) {
    Permissions.requireManagerOrAdmin("change products");
    model.addAttribute("product", products.get(id));
    model.addAttribute("lotForm", new LotRequest(""));
    return "catalog/lot-dialog :: dialog";
  }

  @PostMapping("/{id}/lots")
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

package io.afterdesk.catalog.web;

import io.afterdesk.catalog.ProductFilter;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.ProductType;
import io.afterdesk.catalog.Products;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.web.CsvExport;
import io.afterdesk.common.web.PageLinks;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The product list: search, filters (type, tracking, archived), pages and sorting, and the same
 * rows as CSV with headers in the reader's language.
 */
@Controller
@RequestMapping("/products")
class ProductListController {

  private final Products products;
  private final MessageSource messages;

  ProductListController(Products products, MessageSource messages) {
    this.products = products;
    this.messages = messages;
  }

  @ModelAttribute
  void permissions(HttpServletRequest request, Model model) {
    CatalogEditors.check(request, model);
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
    model.addAttribute("csvUrl", PageLinks.csvOfCurrentList());
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
}

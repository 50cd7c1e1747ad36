package io.afterdesk.inventory.web;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.common.web.CsvExport;
import io.afterdesk.common.web.PageLinks;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.inventory.LocationView;
import io.afterdesk.inventory.Stock;
import io.afterdesk.inventory.StockFilter;
import io.afterdesk.inventory.StockHistoryEntry;
import io.afterdesk.inventory.StockLine;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Stock pages: stock on hand (search, location filter, pages, CSV) and the stock of one product
 * (per location and lot, with its latest movements). Every staff member reads them.
 */
@Controller
@RequestMapping("/inventory")
class StockPageController {

  private final Stock stock;
  private final Names names;
  private final MessageSource messages;

  StockPageController(Stock stock, Names names, MessageSource messages) {
    this.stock = stock;
    this.names = names;
    this.messages = messages;
  }

  @GetMapping("/stock")
  String stock(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable Long locationId,
      @RequestParam(required = false) @Nullable Integer page,
      Model model) {
    PageResponse<StockLine> lines =
        stock.page(
            filter(locationId), PageQuery.of(page, null, null, q), names.productIdsMatching(q));
    describe(lines.items(), model);
    model.addAttribute("page", lines);
    model.addAttribute("locationId", locationId);
    model.addAttribute("locations", names.locationList());
    model.addAttribute("csvUrl", PageLinks.csvOfCurrentList());
    return "inventory/stock";
  }

  @GetMapping(path = "/stock", params = "format=csv")
  void stockCsv(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable Long locationId,
      Locale locale,
      HttpServletResponse response)
      throws IOException {
    PageResponse<StockLine> lines =
        stock.page(
            filter(locationId),
            new PageQuery(0, PageQuery.MAX_SIZE, null, q),
            names.productIdsMatching(q));
    Map<Long, ProductSummary> products =
        names.products(lines.items().stream().map(StockLine::productId).toList());
    Map<Long, String> lots = names.lots(products.keySet());
    Map<Long, String> locations = names.locations();
    List<String> headers =
        List.of("product", "location", "lot", "quantity").stream()
            .map(column -> messages.getMessage("inventory.csv." + column, null, locale))
            .toList();
    CsvExport.write(
        response,
        "stock.csv",
        headers,
        lines.items(),
        s ->
            List.of(
                products.containsKey(s.productId())
                    ? products.get(s.productId()).displayName()
                    : s.productId(),
                locations.getOrDefault(s.locationId(), ""),
                s.lotId() == null ? "" : lots.getOrDefault(s.lotId(), ""),
                Quantities.plain(s.quantity())));
  }

  private static StockFilter filter(@Nullable Long locationId) {
    return new StockFilter(null, locationId, null, locationId == null, true);
  }

  private void describe(List<StockLine> lines, Model model) {
    Map<Long, ProductSummary> products =
        names.products(lines.stream().map(StockLine::productId).toList());
    model.addAttribute("products", products);
    model.addAttribute("lotNames", names.lots(products.keySet()));
    model.addAttribute("locationNames", names.locations());
  }

  @GetMapping("/products/{productId}")
  String product(@PathVariable long productId, Model model) {
    ProductSummary product = names.product(productId);
    PageResponse<StockLine> lines =
        stock.page(
            new StockFilter(productId, null, null, false, true),
            new PageQuery(0, PageQuery.MAX_SIZE, null, null),
            null);
    List<StockLine> internal = new ArrayList<>();
    List<LocationView> locations = names.locationList();
    for (StockLine line : lines.items()) {
      if (locations.stream().anyMatch(l -> l.id() == line.locationId() && l.internal())) {
        internal.add(line);
      }
    }
    List<StockHistoryEntry> history = stock.history(productId, 50);
    model.addAttribute("product", product);
    model.addAttribute("lines", internal);
    model.addAttribute("onHand", Quantities.plain(stock.onHand(productId)));
    model.addAttribute("history", history);
    model.addAttribute("lotNames", names.lots(List.of(productId)));
    model.addAttribute("locationNames", names.locations());
    return "inventory/product-stock";
  }
}

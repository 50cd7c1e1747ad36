package io.afterdesk.inventory.web;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.inventory.LocationView;
import io.afterdesk.inventory.Stock;
import io.afterdesk.partner.CustomerSummary;
import io.afterdesk.partner.Customers;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Looks up the names pages show for the ids inventory stores (products, lots, customers). */
@Component
class Names {

  private final Products products;
  private final Customers customers;
  private final Stock stock;

  Names(Products products, Customers customers, Stock stock) {
    this.products = products;
    this.customers = customers;
    this.stock = stock;
  }

  Map<Long, ProductSummary> products(Collection<Long> ids) {
    Map<Long, ProductSummary> byId = new HashMap<>();
    products.findAll(ids.stream().distinct().toList()).forEach(p -> byId.put(p.id(), p));
    return byId;
  }

  Map<Long, String> customers(Collection<Long> ids) {
    Map<Long, String> byId = new HashMap<>();
    ids.stream()
        .distinct()
        .forEach(id -> customers.find(id).ifPresent(c -> byId.put(id, c.displayName())));
    return byId;
  }

  Map<Long, String> locations() {
    Map<Long, String> byId = new HashMap<>();
    stock.locations().forEach(l -> byId.put(l.id(), l.label()));
    return byId;
  }

  List<LocationView> locationList() {
    return stock.locations();
  }

  Map<Long, String> lots(Collection<Long> productIds) {
    Map<Long, String> byId = new HashMap<>();
    productIds.stream()
        .distinct()
        .forEach(p -> products.lotsOf(p).forEach(l -> byId.put(l.id(), l.name())));
    return byId;
  }

  List<LotSummary> lotsOf(long productId) {
    return products.lotsOf(productId);
  }

  /** Goods for pickers, by name. */
  List<ProductSummary> goods() {
    return products.search("", 500).stream()
        .filter(p -> p.type() == io.afterdesk.catalog.ProductType.GOODS)
        .toList();
  }

  List<CustomerSummary> customerChoices() {
    return customers.search("", 500);
  }

  List<Long> customerIdsMatching(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return customers.search(text, 200).stream().map(CustomerSummary::id).toList();
  }

  @Nullable List<Long> productIdsMatching(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return products.search(text, 500).stream().map(ProductSummary::id).toList();
  }

  ProductSummary product(long id) {
    return products.get(id);
  }
}

package io.afterdesk.sales.demo;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.ProductType;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.inventory.Stock;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The sellable products by kind, and what is still in stock of the tracked ones, so each demo order
 * asks only for what WH/Stock can deliver.
 */
final class DemoCatalog {

  private final List<ProductSummary> serials;
  private final List<ProductSummary> lots;
  private final List<ProductSummary> plain;
  private final List<ProductSummary> services;
  private final List<ProductSummary> all;
  private final long warehouse;
  private final Stock stock;

  DemoCatalog(List<ProductSummary> sellable, Stock stock) {
    this.stock = stock;
    this.all = sellable;
    this.serials = of(sellable, ProductType.GOODS, Tracking.SERIAL);
    this.lots = of(sellable, ProductType.GOODS, Tracking.LOT);
    this.plain = of(sellable, ProductType.GOODS, Tracking.NONE);
    this.services = sellable.stream().filter(p -> p.type() == ProductType.SERVICE).toList();
    this.warehouse = stock.locationNamed("WH/Stock").id();
  }

  private static List<ProductSummary> of(
      List<ProductSummary> products, ProductType type, Tracking tracking) {
    return products.stream().filter(p -> p.type() == type && p.tracking() == tracking).toList();
  }

  /** A serial-tracked product with a serial in stock not promised to a ready delivery. */
  Optional<ProductSummary> serial(int index) {
    for (int i = 0; i < serials.size(); i++) {
      ProductSummary p = serials.get((index + i) % serials.size());
      if (!stock.lotsInStock(p.id(), warehouse).isEmpty()) {
        return Optional.of(p);
      }
    }
    return plain(index);
  }

  Optional<ProductSummary> lot(int index) {
    for (int i = 0; i < lots.size(); i++) {
      ProductSummary p = lots.get((index + i) % lots.size());
      if (stock.onHand(p.id(), warehouse).compareTo(BigDecimal.valueOf(6)) >= 0) {
        return Optional.of(p);
      }
    }
    return plain(index);
  }

  Optional<ProductSummary> plain(int index) {
    for (int i = 0; i < plain.size(); i++) {
      ProductSummary p = plain.get((index + i) % plain.size());
      if (stock.onHand(p.id(), warehouse).compareTo(BigDecimal.valueOf(4)) >= 0) {
        return Optional.of(p);
      }
    }
    return service(index);
  }

  Optional<ProductSummary> service(int index) {
    return services.isEmpty()
        ? Optional.empty()
        : Optional.of(services.get(index % services.size()));
  }

  ProductSummary any(int index) {
    return service(index).orElse(all.get(index % all.size()));
  }
}

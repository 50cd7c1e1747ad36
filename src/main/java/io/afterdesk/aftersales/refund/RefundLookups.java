package io.afterdesk.aftersales.refund;

import io.afterdesk.aftersales.refund.RefundChoices.InvoiceChoice;
import io.afterdesk.aftersales.refund.RefundChoices.JournalChoice;
import io.afterdesk.aftersales.refund.RefundChoices.LotChoice;
import io.afterdesk.aftersales.refund.RefundChoices.OrderChoice;
import io.afterdesk.aftersales.refund.RefundChoices.ProductChoice;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.invoicing.JournalView;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.sales.SalesOrders;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The names the refund dialog lists beside the invoices: the products on them (and whether each is
 * lot-tracked), the lots of the chosen product, the confirmed orders of the refundable invoices and
 * the journals of the same type as the default one.
 */
@Component
class RefundLookups {

  private final Products catalog;
  private final SalesOrders salesOrders;
  private final Invoices invoices;

  RefundLookups(Products catalog, SalesOrders salesOrders, Invoices invoices) {
    this.catalog = catalog;
    this.salesOrders = salesOrders;
    this.invoices = invoices;
  }

  /** Adds the products credited by the invoice's second button that are not listed yet. */
  void addProducts(InvoiceChoice choice, Map<Long, ProductChoice> products) {
    for (RefundChoices.PreviewLine line : choice.reverseAndInvoice().lines()) {
      Long id = line.productId();
      if (id != null && !products.containsKey(id)) {
        catalog.find(id).ifPresent(p -> products.put(id, productChoice(p)));
      }
    }
  }

  /** Adds the chosen product when no invoice lists it (the filter stays shown, see the dialog). */
  void addProduct(@Nullable Long product, Map<Long, ProductChoice> products) {
    if (product != null && !products.containsKey(product)) {
      catalog.find(product).ifPresent(p -> products.put(p.id(), productChoice(p)));
    }
  }

  private static ProductChoice productChoice(ProductSummary product) {
    return new ProductChoice(
        product.id(), product.displayName(), product.tracking() != Tracking.NONE);
  }

  List<LotChoice> lotsOf(@Nullable Long product) {
    if (product == null
        || catalog.find(product).map(p -> p.tracking() == Tracking.NONE).orElse(true)) {
      return List.of();
    }
    return catalog.lotsOf(product).stream().map(l -> new LotChoice(l.id(), l.name())).toList();
  }

  /** The confirmed orders of the refundable invoices, latest first. */
  List<OrderChoice> ordersOf(List<InvoiceChoice> refundable) {
    Map<Long, OrderChoice> orders = new LinkedHashMap<>();
    Map<Long, Optional<SalesOrderView>> cache = new HashMap<>();
    for (InvoiceChoice invoice : refundable) {
      Long id = invoice.salesOrderId();
      if (id == null || orders.containsKey(id)) {
        continue;
      }
      cache
          .computeIfAbsent(id, salesOrders::find)
          .filter(SalesOrderView::isConfirmed)
          .ifPresent(o -> orders.put(id, new OrderChoice(o.id(), o.number(), o.orderDate())));
    }
    return orders.values().stream()
        .sorted(
            Comparator.comparing(OrderChoice::orderDate).thenComparing(OrderChoice::id).reversed())
        .toList();
  }

  /** The active journals of the type of {@code journalId} (all active ones without it). */
  List<JournalChoice> journalsLike(@Nullable Long journalId) {
    List<JournalView> all = invoices.journals();
    JournalView reference =
        journalId == null
            ? null
            : all.stream().filter(j -> j.id() == journalId).findFirst().orElse(null);
    return all.stream()
        .filter(j -> j.active() && (reference == null || j.type() == reference.type()))
        .map(j -> new JournalChoice(j.id(), j.code(), j.name(), j.nameVi()))
        .toList();
  }
}

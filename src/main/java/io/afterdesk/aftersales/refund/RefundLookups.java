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
import io.afterdesk.sales.SalesOrderRow;
import io.afterdesk.sales.SalesOrders;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

  /**
   * The products credited by these invoices' second button, in the order they come, then the chosen
   * product when none lists it (the filter stays shown, see the dialog); asked at once.
   */
  List<ProductChoice> productsOf(List<InvoiceChoice> listed, @Nullable Long chosen) {
    Set<Long> ids = new LinkedHashSet<>();
    for (InvoiceChoice choice : listed) {
      for (RefundChoices.PreviewLine line : choice.reverseAndInvoice().lines()) {
        if (line.productId() != null) {
          ids.add(line.productId());
        }
      }
    }
    if (chosen != null) {
      ids.add(chosen);
    }
    Map<Long, ProductSummary> found = new HashMap<>();
    catalog.findAll(ids).forEach(p -> found.put(p.id(), p));
    return ids.stream().filter(found::containsKey).map(id -> productChoice(found.get(id))).toList();
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
    Set<Long> ids = new LinkedHashSet<>();
    refundable.stream().map(InvoiceChoice::salesOrderId).filter(Objects::nonNull).forEach(ids::add);
    return salesOrders.rowsOf(ids).stream()
        .filter(SalesOrderRow::isConfirmed)
        .map(o -> new OrderChoice(o.id(), o.number(), o.orderDate()))
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

package io.afterdesk.sales.demo;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.inventory.LotStock;
import io.afterdesk.inventory.MoveDone;
import io.afterdesk.inventory.MoveView;
import io.afterdesk.inventory.Stock;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.invoicing.PaymentRequest;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.sales.SalesOrders;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What happens to a demo order after it is confirmed: delivered, invoiced, paid (or not). */
@Component
class DemoFulfilment {

  private final SalesOrders orders;
  private final Products products;
  private final Stock stock;
  private final Transfers transfers;
  private final Invoices invoices;

  DemoFulfilment(
      SalesOrders orders, Products products, Stock stock, Transfers transfers, Invoices invoices) {
    this.orders = orders;
    this.products = products;
    this.stock = stock;
    this.transfers = transfers;
    this.invoices = invoices;
  }

  /** Validates the order's deliveries as planned, choosing serials and lots in WH/Stock. */
  void deliver(SalesOrderView order) {
    long warehouse = stock.locationNamed("WH/Stock").id();
    for (long deliveryId : order.deliveryIds()) {
      TransferView delivery = transfers.get(deliveryId);
      List<MoveDone> done = new ArrayList<>();
      for (MoveView move : delivery.moves()) {
        ProductSummary product = products.get(move.productId());
        List<Long> lots = new ArrayList<>();
        if (product.tracking() != Tracking.NONE) {
          List<LotStock> inStock = stock.lotsInStock(product.id(), warehouse);
          int wanted =
              product.tracking() == Tracking.SERIAL ? move.quantity().intValue() : inStock.size();
          inStock.stream().limit(wanted).forEach(l -> lots.add(l.lotId()));
        }
        done.add(new MoveDone(move.id(), move.quantity(), lots));
      }
      transfers.validate(deliveryId, done);
    }
  }

  @Nullable InvoiceView invoice(SalesOrderView order, LocalDate date, LocalDate today) {
    SalesOrderView now = orders.get(order.id());
    if (!now.hasSomethingToInvoice()) {
      return null;
    }
    long invoiceId = orders.createInvoice(order.id(), date.isAfter(today) ? today : date);
    return invoices.post(invoiceId);
  }

  /** Kind 0: paid in full; 1: half paid; 2: not paid. */
  void pay(InvoiceView invoice, int kind, LocalDate date, LocalDate today) {
    LocalDate when = date.isAfter(today) ? today : date;
    if (kind == 0) {
      invoices.registerPayment(invoice.id(), new PaymentRequest(null, null, when));
    } else if (kind == 1) {
      BigDecimal half =
          invoice.total().amount().divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
      invoices.registerPayment(invoice.id(), new PaymentRequest(null, half, when));
    }
  }
}

package io.afterdesk.sales.web;

import io.afterdesk.common.web.Decimals;
import io.afterdesk.common.web.MoneyJson;
import io.afterdesk.sales.SalesOrderLineView;
import io.afterdesk.sales.SalesOrderRow;
import io.afterdesk.sales.SalesOrderState;
import io.afterdesk.sales.SalesOrderView;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sales order as the API answers it. Lists leave out {@code lines} and the document ids;
 * quantities and percents are decimal strings.
 */
record SalesOrderResponse(
    long id,
    String number,
    SalesOrderState state,
    long customerId,
    LocalDate orderDate,
    @Nullable Long salespersonId,
    @Nullable List<Line> lines,
    MoneyJson untaxed,
    MoneyJson tax,
    MoneyJson total,
    boolean toInvoice,
    @Nullable List<Long> deliveryIds,
    @Nullable List<Long> returnIds,
    @Nullable List<Long> invoiceIds,
    @Nullable List<Long> creditNoteIds,
    @Nullable Long version) {

  record Line(
      long id,
      long productId,
      String description,
      String quantity,
      MoneyJson unitPrice,
      String discount,
      String taxRate,
      MoneyJson subtotal,
      MoneyJson tax,
      String deliveredQuantity,
      String invoicedQuantity,
      String toInvoiceQuantity) {

    static Line of(SalesOrderLineView l) {
      return new Line(
          l.id(),
          l.productId(),
          l.description(),
          Decimals.plain(l.quantity()),
          MoneyJson.of(l.unitPrice()),
          Decimals.plain(l.discount()),
          Decimals.plain(l.taxRate()),
          MoneyJson.of(l.subtotal()),
          MoneyJson.of(l.tax()),
          Decimals.plain(l.deliveredQuantity()),
          Decimals.plain(l.invoicedQuantity()),
          Decimals.plain(l.toInvoiceQuantity()));
    }
  }

  static SalesOrderResponse of(SalesOrderView v) {
    return new SalesOrderResponse(
        v.id(),
        v.number(),
        v.state(),
        v.customerId(),
        v.orderDate(),
        v.salespersonId(),
        v.lines().stream().map(Line::of).toList(),
        MoneyJson.of(v.untaxed()),
        MoneyJson.of(v.tax()),
        MoneyJson.of(v.total()),
        v.hasSomethingToInvoice(),
        v.deliveryIds(),
        v.returnIds(),
        v.invoiceIds(),
        v.creditNoteIds(),
        v.version());
  }

  static SalesOrderResponse of(SalesOrderRow r) {
    return new SalesOrderResponse(
        r.id(),
        r.number(),
        r.state(),
        r.customerId(),
        r.orderDate(),
        r.salespersonId(),
        null,
        MoneyJson.of(r.untaxed()),
        MoneyJson.of(r.tax()),
        MoneyJson.of(r.total()),
        r.toInvoice(),
        null,
        null,
        null,
        null,
        null);
  }
}

package io.afterdesk.sales.web;

import io.afterdesk.common.web.MoneyJson;
import io.afterdesk.invoicing.InvoiceKind;
import io.afterdesk.invoicing.InvoiceLineView;
import io.afterdesk.invoicing.InvoiceState;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.PaymentState;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The draft invoice made from an order, in the shape {@code GET /api/v1/invoices/{id}} answers
 * (invoicing's own response type is internal to its module).
 */
record InvoiceJson(
    long id,
    @Nullable String number,
    InvoiceKind type,
    InvoiceState state,
    PaymentState paymentState,
    long journalId,
    long customerId,
    @Nullable Long salesOrderId,
    @Nullable String reference,
    LocalDate invoiceDate,
    @Nullable LocalDate dueDate,
    List<Line> lines,
    MoneyJson untaxed,
    MoneyJson tax,
    MoneyJson total,
    MoneyJson residual,
    long version) {

  record Line(
      long id,
      @Nullable Long productId,
      String description,
      String quantity,
      MoneyJson unitPrice,
      String discount,
      String taxRate,
      MoneyJson subtotal,
      MoneyJson tax,
      @Nullable Long salesOrderLineId) {

    static Line of(InvoiceLineView l) {
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
          l.salesOrderLineId());
    }
  }

  static InvoiceJson of(InvoiceView v) {
    return new InvoiceJson(
        v.id(),
        v.number(),
        v.kind(),
        v.state(),
        v.paymentState(),
        v.journalId(),
        v.customerId(),
        v.salesOrderId(),
        v.reference(),
        v.invoiceDate(),
        v.dueDate(),
        v.lines().stream().map(Line::of).toList(),
        MoneyJson.of(v.untaxed()),
        MoneyJson.of(v.tax()),
        MoneyJson.of(v.total()),
        MoneyJson.of(v.residual()),
        v.version());
  }
}

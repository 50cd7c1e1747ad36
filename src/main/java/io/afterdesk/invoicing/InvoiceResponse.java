package io.afterdesk.invoicing;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.web.Decimals;
import io.afterdesk.common.web.MoneyJson;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An invoice or credit note as the API answers it, also for other modules' endpoints that answer
 * with an invoice (a sales order's "create invoice"). Lists leave out {@code lines}, {@code paid}
 * and {@code credited}; quantities and percents are decimal strings.
 */
public record InvoiceResponse(
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
    @Nullable Long reversedInvoiceId,
    @Nullable Origin origin,
    @Nullable List<Line> lines,
    MoneyJson untaxed,
    MoneyJson tax,
    MoneyJson total,
    @Nullable MoneyJson paid,
    @Nullable MoneyJson credited,
    MoneyJson residual,
    @Nullable Long version) {

  public record Origin(String type, long id) {}

  public record Line(
      long id,
      @Nullable Long productId,
      String description,
      String quantity,
      MoneyJson unitPrice,
      String discount,
      String taxRate,
      MoneyJson subtotal,
      MoneyJson tax,
      @Nullable Long salesOrderLineId,
      @Nullable Long creditedLineId) {

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
          l.salesOrderLineId(),
          l.creditedLineId());
    }
  }

  public static InvoiceResponse of(InvoiceView v) {
    DocumentRef origin = v.originRef();
    return new InvoiceResponse(
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
        v.reversedInvoiceId(),
        origin == null ? null : new Origin(origin.type(), origin.id()),
        v.lines().stream().map(Line::of).toList(),
        MoneyJson.of(v.untaxed()),
        MoneyJson.of(v.tax()),
        MoneyJson.of(v.total()),
        MoneyJson.of(v.paid()),
        MoneyJson.of(v.credited()),
        MoneyJson.of(v.residual()),
        v.version());
  }

  public static InvoiceResponse of(InvoiceRow r) {
    return new InvoiceResponse(
        r.id(),
        r.number(),
        r.kind(),
        r.state(),
        r.paymentState(),
        r.journalId(),
        r.customerId(),
        r.salesOrderId(),
        r.reference(),
        r.invoiceDate(),
        r.dueDate(),
        r.reversedInvoiceId(),
        null,
        null,
        MoneyJson.of(r.untaxed()),
        MoneyJson.of(r.tax()),
        MoneyJson.of(r.total()),
        null,
        null,
        MoneyJson.of(r.residual()),
        null);
  }
}

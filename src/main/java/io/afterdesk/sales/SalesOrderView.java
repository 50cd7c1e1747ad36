package io.afterdesk.sales;

import io.afterdesk.common.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sales order with its lines, totals and the documents made from it: deliveries (and returns of
 * them) and invoices (and credit notes of them), cancelled ones included, oldest first.
 */
public record SalesOrderView(
    long id,
    long version,
    String number,
    SalesOrderState state,
    long customerId,
    LocalDate orderDate,
    @Nullable Long salespersonId,
    List<SalesOrderLineView> lines,
    Money untaxed,
    Money tax,
    Money total,
    List<Long> deliveryIds,
    List<Long> returnIds,
    List<Long> invoiceIds,
    List<Long> creditNoteIds,
    Instant createdAt,
    @Nullable Instant confirmedAt) {

  public boolean isQuotation() {
    return state == SalesOrderState.QUOTATION;
  }

  public boolean isConfirmed() {
    return state == SalesOrderState.SALE;
  }

  public boolean isCancelled() {
    return state == SalesOrderState.CANCELLED;
  }

  /** Whether some line has something delivered (goods) or ordered (services) not invoiced yet. */
  public boolean hasSomethingToInvoice() {
    return isConfirmed() && lines.stream().anyMatch(l -> l.toInvoiceQuantity().signum() > 0);
  }
}

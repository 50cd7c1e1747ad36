package io.afterdesk.sales;

import io.afterdesk.common.Money;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A sales order in a list (no lines). */
public record SalesOrderRow(
    long id,
    String number,
    SalesOrderState state,
    long customerId,
    LocalDate orderDate,
    @Nullable Long salespersonId,
    Money untaxed,
    Money tax,
    Money total,
    boolean toInvoice) {

  /** Confirmed: a sales order, no longer a quotation, not cancelled. */
  public boolean isConfirmed() {
    return state == SalesOrderState.SALE;
  }
}

package io.afterdesk.sales;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the sales order list; null = any. {@code toInvoice} true keeps the orders with
 * something to invoice. {@code customerIds} (for a search by customer name) matches orders of any
 * of those customers besides the number.
 */
public record SalesOrderFilter(
    @Nullable SalesOrderState state,
    @Nullable Boolean toInvoice,
    @Nullable Long customerId,
    @Nullable Collection<Long> customerIds) {

  public static SalesOrderFilter none() {
    return new SalesOrderFilter(null, null, null, null);
  }
}

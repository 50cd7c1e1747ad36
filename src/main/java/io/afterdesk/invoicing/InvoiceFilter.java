package io.afterdesk.invoicing;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the invoice list; null = any. {@code customerIds} (for a search by customer name)
 * matches documents of any of those customers.
 */
public record InvoiceFilter(
    @Nullable InvoiceKind kind,
    @Nullable InvoiceState state,
    @Nullable PaymentState paymentState,
    @Nullable Long customerId,
    @Nullable Long salesOrderId,
    @Nullable Collection<Long> customerIds) {

  public static InvoiceFilter none() {
    return new InvoiceFilter(null, null, null, null, null, null);
  }
}

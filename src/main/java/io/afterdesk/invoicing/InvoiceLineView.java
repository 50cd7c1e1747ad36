package io.afterdesk.invoicing;

import io.afterdesk.common.Money;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A line as readers see it. {@code subtotal} is untaxed after discount and {@code tax} its tax,
 * both rounded to the currency.
 */
public record InvoiceLineView(
    long id,
    @Nullable Long productId,
    String description,
    BigDecimal quantity,
    Money unitPrice,
    BigDecimal discount,
    BigDecimal taxRate,
    Money subtotal,
    Money tax,
    @Nullable Long salesOrderLineId,
    @Nullable Long creditedLineId) {

  public Money total() {
    return subtotal.plus(tax);
  }
}

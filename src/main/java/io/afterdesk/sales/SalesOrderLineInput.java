package io.afterdesk.sales;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One line of a quotation as a caller gives it. A missing description is the product's name, a
 * missing unit price its sales price, a missing tax rate its tax rate, a missing discount 0.
 *
 * @param quantity more than zero
 * @param unitPrice in the company currency, not negative
 * @param discount percent, 0 to 100
 * @param taxRate percent, 0 to 100
 */
public record SalesOrderLineInput(
    @Nullable Long productId,
    @Nullable String description,
    @Nullable BigDecimal quantity,
    @Nullable BigDecimal unitPrice,
    @Nullable BigDecimal discount,
    @Nullable BigDecimal taxRate) {

  /** A line of a product at its catalog price and tax. */
  public static SalesOrderLineInput ofProduct(long productId, BigDecimal quantity) {
    return new SalesOrderLineInput(productId, null, quantity, null, null, null);
  }
}

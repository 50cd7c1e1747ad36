package io.afterdesk.invoicing;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One line of a draft invoice as a caller gives it. With a product, a missing description is the
 * product's name, a missing unit price its sales price and a missing tax rate its tax rate; without
 * one, description and unit price are required.
 *
 * @param quantity more than zero
 * @param unitPrice in the company currency, not negative
 * @param discount percent, 0 to 100 (null = 0)
 * @param taxRate percent, 0 to 100
 * @param salesOrderLineId the sales order line this line invoices (opaque, for the sales module)
 */
public record InvoiceLineInput(
    @Nullable Long productId,
    @Nullable String description,
    BigDecimal quantity,
    @Nullable BigDecimal unitPrice,
    @Nullable BigDecimal discount,
    @Nullable BigDecimal taxRate,
    @Nullable Long salesOrderLineId) {

  /** A line of a product at its catalog price and tax. */
  public static InvoiceLineInput ofProduct(long productId, BigDecimal quantity) {
    return new InvoiceLineInput(productId, null, quantity, null, null, null, null);
  }
}

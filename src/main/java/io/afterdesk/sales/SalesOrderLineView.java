package io.afterdesk.sales;

import io.afterdesk.catalog.ProductType;
import io.afterdesk.common.Money;
import java.math.BigDecimal;

/**
 * A line as readers see it: what was ordered, and how much of it is delivered (net of returns),
 * invoiced (net of credit notes) and still to invoice. {@code subtotal} is untaxed after discount
 * and {@code tax} its tax, both rounded to the currency.
 */
public record SalesOrderLineView(
    long id,
    long productId,
    ProductType productType,
    String description,
    BigDecimal quantity,
    Money unitPrice,
    BigDecimal discount,
    BigDecimal taxRate,
    Money subtotal,
    Money tax,
    BigDecimal deliveredQuantity,
    BigDecimal invoicedQuantity,
    BigDecimal toInvoiceQuantity) {

  public boolean isService() {
    return productType == ProductType.SERVICE;
  }
}

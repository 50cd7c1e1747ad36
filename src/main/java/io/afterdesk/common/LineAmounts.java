package io.afterdesk.common;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * The amounts of one line of a sales order, invoice or credit note, rounded the one way every
 * document rounds them: the subtotal (quantity × unit price less the discount) to the currency,
 * then the tax of that rounded subtotal, per line. Document totals are sums of these.
 */
public record LineAmounts(Money subtotal, Money tax) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public static LineAmounts of(
      BigDecimal quantity,
      BigDecimal unitPrice,
      BigDecimal discountPercent,
      BigDecimal taxPercent,
      Currency currency) {
    Money subtotal =
        new Money(quantity.multiply(unitPrice), currency)
            .percent(HUNDRED.subtract(discountPercent))
            .rounded();
    return new LineAmounts(subtotal, subtotal.percent(taxPercent).rounded());
  }
}

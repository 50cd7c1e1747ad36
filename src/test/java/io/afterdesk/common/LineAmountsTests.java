package io.afterdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** The rounding rule of document lines (docs/adr/0005). */
class LineAmountsTests {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency VND = Currency.getInstance("VND");

  @Test
  void theSubtotalIsRoundedBeforeTheTaxIsTaken() {
    // 3 × 18.00 less 5 % = 51.30; 10 % tax = 5.13
    LineAmounts amounts = LineAmounts.of(bd("3"), bd("18.00"), bd("5"), bd("10"), USD);

    assertThat(amounts.subtotal()).isEqualTo(Money.of("51.30", "USD"));
    assertThat(amounts.tax()).isEqualTo(Money.of("5.13", "USD"));
  }

  @Test
  void halfACentRoundsUp() {
    // 1 × 0.125 = 0.125 → 0.13; tax 50 % of 0.13 = 0.065 → 0.07
    LineAmounts amounts = LineAmounts.of(bd("1"), bd("0.125"), bd("0"), bd("50"), USD);

    assertThat(amounts.subtotal().amount()).isEqualByComparingTo("0.13");
    assertThat(amounts.tax().amount()).isEqualByComparingTo("0.07");
  }

  @Test
  void aDiscountWithManyDecimalsIsExactUntilTheOneRounding() {
    // 3 × 100 less 33.3333 % = 200.0001 → 200.00
    LineAmounts amounts = LineAmounts.of(bd("3"), bd("100"), bd("33.3333"), bd("0"), USD);

    assertThat(amounts.subtotal().amount()).isEqualByComparingTo("200.00");
  }

  @Test
  void aCurrencyWithoutDecimalsRoundsToWholeUnits() {
    // 2 × 10 500 less 3 % = 20 370; 10 % tax = 2 037
    LineAmounts amounts = LineAmounts.of(bd("2"), bd("10500"), bd("3"), bd("10"), VND);

    assertThat(amounts.subtotal().amount()).isEqualByComparingTo("20370");
    assertThat(amounts.tax().amount()).isEqualByComparingTo("2037");
    assertThat(amounts.tax().amount().scale()).isZero();
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }
}

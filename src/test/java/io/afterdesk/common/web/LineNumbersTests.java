package io.afterdesk.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.afterdesk.common.FieldValidationException.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The numbers of order, invoice and credit-note lines, parsed in one place for forms and API. */
class LineNumbersTests {

  private static final Currency USD = Currency.getInstance("USD");

  record FormLine(
      @Nullable String quantity,
      @Nullable String unitPrice,
      @Nullable String discount,
      @Nullable String taxRate)
      implements LineNumbers.Typed {}

  record ApiLine(
      @Nullable String quantity,
      @Nullable MoneyInput unitPrice,
      @Nullable String discount,
      @Nullable String taxRate)
      implements LineNumbers.Sent {}

  @Test
  void aFormLineIsParsedWithEachRefusalOnItsOwnField() {
    List<FieldError> errors = new ArrayList<>();
    LineNumbers numbers =
        LineNumbers.of(2, new FormLine("1,5", "10.00001", " 12.5 ", null), errors);
    assertThat(errors)
        .extracting(FieldError::field, FieldError::messageKey)
        .containsExactly(
            tuple("lines[2].quantity", "common.decimal.invalid"),
            tuple("lines[2].unitPrice", "common.decimal.too-precise"));
    assertThat(numbers.quantity()).isNull();
    assertThat(numbers.quantityOrZero()).isZero();
    assertThat(numbers.discount()).isEqualByComparingTo("12.5");
    assertThat(numbers.taxRate()).isNull();
  }

  @Test
  void anApiLinesPriceIsMoneyInTheCompanyCurrency() {
    List<FieldError> errors = new ArrayList<>();
    LineNumbers good =
        LineNumbers.of(0, new ApiLine("2", new MoneyInput("40", "USD"), "0", "10"), USD, errors);
    assertThat(errors).isEmpty();
    assertThat(good.unitPrice()).isEqualByComparingTo(new BigDecimal("40"));
    LineNumbers other =
        LineNumbers.of(1, new ApiLine("2", new MoneyInput("40", "EUR"), "0", "10"), USD, errors);
    assertThat(other.unitPrice()).isNull();
    assertThat(errors)
        .extracting(FieldError::field, FieldError::messageKey)
        .containsExactly(tuple("lines[1].unitPrice", "common.money.currency"));
  }
}

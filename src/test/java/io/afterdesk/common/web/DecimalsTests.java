package io.afterdesk.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.common.FieldValidationException.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsTests {

  @ParameterizedTest
  @CsvSource({
    "abc, common.decimal.invalid",
    "1..2, common.decimal.invalid",
    "1.12345, common.decimal.too-precise",
    "1234567890123456, common.decimal.too-large",
    "1e20, common.decimal.too-large"
  })
  void whatTheColumnsCannotKeepIsAFieldError(String text, String key) {
    List<FieldError> errors = new ArrayList<>();
    assertThat(Decimals.parse(text, "quantity", errors)).isNull();
    assertThat(errors).extracting(FieldError::field).containsExactly("quantity");
    assertThat(errors).extracting(FieldError::messageKey).containsExactly(key);
  }

  @ParameterizedTest
  @CsvSource({
    "2.5, 2.5",
    "-3, -3",
    "1.50000, 1.50000",
    "123456789012345.1234, 123456789012345.1234"
  })
  void numbersTheColumnsKeepAreRead(String text, String expected) {
    List<FieldError> errors = new ArrayList<>();
    assertThat(Decimals.parse(text, "quantity", errors)).isEqualByComparingTo(expected);
    assertThat(errors).isEmpty();
  }

  @Test
  void blankIsNoValue() {
    List<FieldError> errors = new ArrayList<>();
    assertThat(Decimals.parse(" ", "quantity", errors)).isNull();
    assertThat(errors).isEmpty();
    assertThat(Decimals.check(new BigDecimal("0.00001"), "q", errors)).isNull();
    assertThat(errors)
        .extracting(FieldError::messageKey)
        .containsExactly("common.decimal.too-precise");
  }
}

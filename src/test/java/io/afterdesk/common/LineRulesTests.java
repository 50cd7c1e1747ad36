package io.afterdesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.afterdesk.common.FieldValidationException.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule set of order, invoice and credit-note lines. */
class LineRulesTests {

  private static LineRules.Line line(
      String quantity, String unitPrice, String discount, String taxRate) {
    return new LineRules.Line(
        "Item",
        new BigDecimal(quantity),
        new BigDecimal(unitPrice),
        new BigDecimal(discount),
        new BigDecimal(taxRate));
  }

  private static List<FieldError> errorsOf(LineRules.Line line) {
    List<FieldError> errors = new ArrayList<>();
    LineRules.check("lines[3].", line, errors);
    return errors;
  }

  @Test
  void aLineWithinEveryRuleHasNoError() {
    assertThat(errorsOf(line("2.5", "1249.9999", "12.5", "10"))).isEmpty();
    assertThat(errorsOf(line("0.0001", "0", "0", "0"))).isEmpty();
    assertThat(errorsOf(line("1", "999999999999999.9999", "100", "100"))).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1} {2} {3} -> {4} {5}")
  @CsvSource({
    "0, 10, 0, 0, quantity, common.line.quantity.positive",
    "-1, 10, 0, 0, quantity, common.line.quantity.positive",
    "1.23456, 10, 0, 0, quantity, common.decimal.too-precise",
    "1234567890123456, 10, 0, 0, quantity, common.decimal.too-large",
    "1, -0.01, 0, 0, unitPrice, common.line.unit-price.negative",
    "1, 10.00001, 0, 0, unitPrice, common.decimal.too-precise",
    "1, 10, -1, 0, discount, common.line.percent.range",
    "1, 10, 100.5, 0, discount, common.line.percent.range",
    "1, 10, 12.34567, 0, discount, common.decimal.too-precise",
    "1, 10, 0, 101, taxRate, common.line.percent.range",
    "1, 10, 0, 8.00001, taxRate, common.decimal.too-precise"
  })
  void eachRefusedValueIsOneErrorOnItsField(
      String quantity,
      String unitPrice,
      String discount,
      String taxRate,
      String field,
      String key) {
    assertThat(errorsOf(line(quantity, unitPrice, discount, taxRate)))
        .extracting(FieldError::field, FieldError::messageKey)
        .containsExactly(tuple("lines[3]." + field, key));
  }

  @Test
  void missingValuesAreRefusedExceptDiscountAndTaxWhichMeanZero() {
    List<FieldError> errors = errorsOf(new LineRules.Line(" ", null, null, null, null));
    assertThat(errors)
        .extracting(FieldError::field, FieldError::messageKey)
        .containsExactly(
            tuple("lines[3].description", "common.line.description.required"),
            tuple("lines[3].quantity", "common.line.quantity.positive"),
            tuple("lines[3].unitPrice", "common.line.unit-price.negative"));
  }

  @Test
  void acceptsSaysWhetherTheLineAddedAnErrorAndThrowIfAnyReportsThemAll() {
    List<FieldError> errors = new ArrayList<>();
    assertThat(LineRules.accepts("lines[0].", line("1", "10", "0", "0"), errors)).isTrue();
    assertThat(LineRules.accepts("lines[1].", line("1.00001", "10", "0", "0"), errors)).isFalse();
    assertThat(LineRules.accepts("lines[2].", line("1", "10", "0", "0"), errors)).isTrue();
    assertThatThrownBy(() -> LineRules.throwIfAny(errors))
        .isInstanceOfSatisfying(
            FieldValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("lines[1].quantity"));
    LineRules.throwIfAny(List.of());
  }
}

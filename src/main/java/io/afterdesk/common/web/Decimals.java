package io.afterdesk.common.web;

import io.afterdesk.common.FieldValidationException.FieldError;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Decimal text of requests and forms, parsed with a field error instead of a 400. */
public final class Decimals {

  private Decimals() {}

  public static @Nullable BigDecimal parse(
      @Nullable String text, String field, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.trim().replace(" ", ""));
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, "common.decimal.invalid", text));
      return null;
    }
  }

  /** A decimal as plain text without trailing zeros ("2", "2.5"), as the API shows quantities. */
  public static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}

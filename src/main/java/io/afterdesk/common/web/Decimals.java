package io.afterdesk.common.web;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.FieldValidationException.FieldError;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decimal text of requests and forms, parsed in one place with a field error instead of a 400 or a
 * database error: "Enter a number." for what is not one, and a refusal for what the columns ({@code
 * numeric(19, 4)}) cannot keep — more than {@value #INTEGER_DIGITS} digits before the point or more
 * than {@value #FRACTION_DIGITS} after it.
 */
public final class Decimals {

  /** Digits before the decimal point that a {@code numeric(19, 4)} column keeps. */
  public static final int INTEGER_DIGITS = 15;

  /** Digits after the decimal point that a {@code numeric(19, 4)} column keeps. */
  public static final int FRACTION_DIGITS = 4;

  private static final int LONGEST_TEXT = 64;

  private Decimals() {}

  public static @Nullable BigDecimal parse(
      @Nullable String text, String field, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String typed = text.trim().replace(" ", "");
    BigDecimal value;
    try {
      if (typed.length() > LONGEST_TEXT) {
        throw new NumberFormatException("too long");
      }
      value = new BigDecimal(typed);
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, "common.decimal.invalid", text));
      return null;
    }
    return check(value, field, errors);
  }

  /** The decimal, or a field error and null when it is too large or too precise to be kept. */
  public static @Nullable BigDecimal check(
      @Nullable BigDecimal value, String field, List<FieldError> errors) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    int fraction = Math.max(stripped.scale(), 0);
    int integer = stripped.precision() - stripped.scale();
    if (integer > INTEGER_DIGITS) {
      errors.add(new FieldError(field, "common.decimal.too-large", value.toPlainString()));
      return null;
    }
    if (fraction > FRACTION_DIGITS) {
      errors.add(new FieldError(field, "common.decimal.too-precise", value.toPlainString()));
      return null;
    }
    return value;
  }

  /** The decimal parsed, or a {@link FieldValidationException} on its field. */
  public static @Nullable BigDecimal parseOrRefuse(@Nullable String text, String field) {
    List<FieldError> errors = new java.util.ArrayList<>();
    BigDecimal value = parse(text, field, errors);
    if (!errors.isEmpty()) {
      throw new FieldValidationException(errors);
    }
    return value;
  }

  /** A decimal as plain text without trailing zeros ("2", "2.5"), as the API shows quantities. */
  public static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}

package io.afterdesk.inventory.web;

import io.afterdesk.common.FieldValidationException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Quantities as the API and the pages show and read them: plain decimal strings. */
final class Quantities {

  private Quantities() {}

  static String plain(BigDecimal quantity) {
    return quantity.signum() == 0 ? "0" : quantity.stripTrailingZeros().toPlainString();
  }

  /** A decimal typed in a form or sent as a string; a field error when it is not one. */
  static @Nullable BigDecimal parse(@Nullable String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw FieldValidationException.of(field, "inventory.quantity.invalid", text);
    }
  }
}

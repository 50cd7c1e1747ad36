package io.afterdesk.inventory.web;

import io.afterdesk.common.web.Decimals;
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
    return Decimals.parseOrRefuse(text == null ? null : text.replace(',', '.'), field);
  }
}

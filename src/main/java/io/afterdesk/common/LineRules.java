package io.afterdesk.common;

import io.afterdesk.common.FieldValidationException.FieldError;
import io.afterdesk.common.web.Decimals;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one set of rules for a document line — a sales order's, an invoice's or a credit note's: a
 * description, a quantity above zero, a unit price not below zero, discount and tax as percents
 * from 0 to 100, and no value with more digits than the {@code numeric(19, 4)} columns keep (see
 * {@link Decimals}). Each field gets at most one error, named {@code <prefix><field>}.
 */
public final class LineRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private LineRules() {}

  /**
   * The values of a line as its document would keep them (blanks already filled from the product);
   * null where nothing was given.
   */
  public record Line(
      @Nullable String description,
      @Nullable BigDecimal quantity,
      @Nullable BigDecimal unitPrice,
      @Nullable BigDecimal discount,
      @Nullable BigDecimal taxRate) {}

  /**
   * Adds the errors of {@code line} to {@code errors}; {@code prefix} is e.g. {@code lines[2].}.
   */
  public static void check(String prefix, Line line, List<FieldError> errors) {
    if (line.description() == null || line.description().isBlank()) {
      errors.add(new FieldError(prefix + "description", "common.line.description.required"));
    }
    if (line.quantity() == null || line.quantity().signum() <= 0) {
      errors.add(new FieldError(prefix + "quantity", "common.line.quantity.positive"));
    } else {
      Decimals.check(line.quantity(), prefix + "quantity", errors);
    }
    if (line.unitPrice() == null || line.unitPrice().signum() < 0) {
      errors.add(new FieldError(prefix + "unitPrice", "common.line.unit-price.negative"));
    } else {
      Decimals.check(line.unitPrice(), prefix + "unitPrice", errors);
    }
    checkPercent(line.discount(), prefix + "discount", errors);
    checkPercent(line.taxRate(), prefix + "taxRate", errors);
  }

  /** Whether the line is accepted (no error added for it). */
  public static boolean accepts(String prefix, Line line, List<FieldError> errors) {
    int before = errors.size();
    check(prefix, line, errors);
    return errors.size() == before;
  }

  /** Throws the collected errors (422), if any. */
  public static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new FieldValidationException(errors);
    }
  }

  private static void checkPercent(
      @Nullable BigDecimal percent, String field, List<FieldError> errors) {
    BigDecimal value = percent == null ? BigDecimal.ZERO : percent;
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      errors.add(new FieldError(field, "common.line.percent.range"));
    } else {
      Decimals.check(value, field, errors);
    }
  }
}

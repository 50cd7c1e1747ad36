package io.afterdesk.invoicing.domain;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.FieldValidationException.FieldError;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The field rules of a line, reported as {@code lines[i].<field>} errors (422). */
public final class LineRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private LineRules() {}

  /** Adds the errors of line {@code index} to {@code errors}. */
  public static void check(
      int index,
      @Nullable String description,
      @Nullable BigDecimal quantity,
      @Nullable BigDecimal unitPrice,
      BigDecimal discount,
      BigDecimal taxRate,
      List<FieldError> errors) {
    String prefix = "lines[" + index + "].";
    if (description == null || description.isBlank()) {
      errors.add(new FieldError(prefix + "description", "invoicing.line.description.required"));
    }
    if (quantity == null || quantity.signum() <= 0) {
      errors.add(new FieldError(prefix + "quantity", "invoicing.line.quantity.positive"));
    }
    if (unitPrice == null || unitPrice.signum() < 0) {
      errors.add(new FieldError(prefix + "unitPrice", "invoicing.line.unit-price.negative"));
    }
    if (discount.signum() < 0 || discount.compareTo(HUNDRED) > 0) {
      errors.add(new FieldError(prefix + "discount", "invoicing.line.percent.range"));
    }
    if (taxRate.signum() < 0 || taxRate.compareTo(HUNDRED) > 0) {
      errors.add(new FieldError(prefix + "taxRate", "invoicing.line.percent.range"));
    }
  }

  public static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new FieldValidationException(errors);
    }
  }
}

package io.afterdesk.catalog.domain;

import io.afterdesk.catalog.ProductInput;
import io.afterdesk.catalog.ProductType;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.FieldValidationException.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of what a product form holds, each reported on its field and all at once, so the form
 * shows every mistake in one round.
 */
final class ProductRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ProductRules() {}

  static void requireValid(ProductInput input) {
    List<FieldError> errors = new ArrayList<>();
    if (input.name() == null || input.name().trim().isEmpty()) {
      errors.add(new FieldError("name", "catalog.product.name.required"));
    }
    if (input.type() == ProductType.SERVICE && input.tracking() != Tracking.NONE) {
      errors.add(new FieldError("tracking", "catalog.product.service-untracked"));
    }
    if (input.salesPrice().signum() < 0) {
      errors.add(new FieldError("salesPrice", "catalog.product.price.negative"));
    }
    if (input.cost().signum() < 0) {
      errors.add(new FieldError("cost", "catalog.product.price.negative"));
    }
    if (input.taxRate().signum() < 0 || input.taxRate().compareTo(HUNDRED) > 0) {
      errors.add(new FieldError("taxRate", "catalog.product.tax-rate.range"));
    }
    if (!errors.isEmpty()) {
      throw new FieldValidationException(errors);
    }
  }
}

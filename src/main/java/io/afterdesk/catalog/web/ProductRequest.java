package io.afterdesk.catalog.web;

import io.afterdesk.catalog.ProductInput;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.ProductType;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.FieldValidationException.FieldError;
import io.afterdesk.common.web.Decimals;
import io.afterdesk.common.web.MoneyInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A product as the API accepts it (create, or the result of merging a PATCH onto the record).
 * Prices are money objects or decimal strings; {@code taxRate} a decimal (string or number).
 */
record ProductRequest(
    @NotBlank @Size(max = 200) @Nullable String name,
    @Size(max = 64) @Nullable String reference,
    @NotNull @Nullable ProductType type,
    @Nullable Tracking tracking,
    @Nullable MoneyInput salesPrice,
    @Nullable MoneyInput cost,
    @Nullable String taxRate,
    @Nullable Boolean saleOk,
    @Size(max = 4000) @Nullable String description,
    @Nullable Boolean active) {

  static ProductRequest of(ProductSummary p, @Nullable String description) {
    return new ProductRequest(
        p.name(),
        p.reference(),
        p.type(),
        p.tracking(),
        MoneyInput.of(p.salesPrice().amount(), p.salesPrice().currency()),
        MoneyInput.of(p.cost().amount(), p.cost().currency()),
        p.taxRate().toPlainString(),
        p.saleOk(),
        description,
        p.active());
  }

  ProductInput toInput(Currency currency) {
    List<FieldError> errors = new ArrayList<>();
    BigDecimal price = amount(salesPrice, currency, "salesPrice", errors);
    BigDecimal costAmount = amount(cost, currency, "cost", errors);
    BigDecimal tax = Decimals.parse(taxRate, "taxRate", errors);
    if (!errors.isEmpty()) {
      throw new FieldValidationException(errors);
    }
    return new ProductInput(
        name == null ? "" : name,
        reference,
        type == null ? ProductType.GOODS : type,
        tracking == null ? Tracking.NONE : tracking,
        price,
        costAmount,
        tax == null ? BigDecimal.ZERO : tax,
        saleOk == null || saleOk,
        description);
  }

  private static BigDecimal amount(
      @Nullable MoneyInput money, Currency currency, String field, List<FieldError> errors) {
    if (money == null) {
      return BigDecimal.ZERO;
    }
    try {
      return money.amountIn(currency, field);
    } catch (FieldValidationException e) {
      errors.addAll(e.errors());
      return BigDecimal.ZERO;
    }
  }
}

package io.afterdesk.catalog.web;

import io.afterdesk.catalog.ProductInput;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.ProductType;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.web.Decimals;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The product form of the pages; prices are in the company currency. */
record ProductForm(
    @NotBlank @Size(max = 200) @Nullable String name,
    @Size(max = 64) @Nullable String reference,
    @NotNull @Nullable ProductType type,
    @NotNull @Nullable Tracking tracking,
    @NotNull
        @DecimalMin("0")
        @Digits(integer = Decimals.INTEGER_DIGITS, fraction = Decimals.FRACTION_DIGITS)
        @Nullable BigDecimal salesPrice,
    @NotNull
        @DecimalMin("0")
        @Digits(integer = Decimals.INTEGER_DIGITS, fraction = Decimals.FRACTION_DIGITS)
        @Nullable BigDecimal cost,
    @NotNull @DecimalMin("0") @DecimalMax("100") @Nullable BigDecimal taxRate,
    @Nullable Boolean saleOk,
    @Size(max = 4000) @Nullable String description,
    @Nullable Long version) {

  static ProductForm empty() {
    return new ProductForm(
        "",
        "",
        ProductType.GOODS,
        Tracking.NONE,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.TEN,
        true,
        "",
        null);
  }

  static ProductForm of(ProductSummary p, @Nullable String description, long version) {
    return new ProductForm(
        p.name(),
        p.reference(),
        p.type(),
        p.tracking(),
        p.salesPrice().rounded().amount(),
        p.cost().rounded().amount(),
        p.taxRate().stripTrailingZeros(),
        p.saleOk(),
        description,
        version);
  }

  ProductInput toInput() {
    return new ProductInput(
        name == null ? "" : name,
        reference,
        type == null ? ProductType.GOODS : type,
        tracking == null ? Tracking.NONE : tracking,
        salesPrice == null ? BigDecimal.ZERO : salesPrice,
        cost == null ? BigDecimal.ZERO : cost,
        taxRate == null ? BigDecimal.ZERO : taxRate,
        Boolean.TRUE.equals(saleOk),
        description);
  }
}

package io.afterdesk.catalog;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What it takes to create or change a product. Prices are amounts in the company currency; {@code
 * taxRate} is a percentage (10 = 10 %).
 */
public record ProductInput(
    String name,
    @Nullable String reference,
    ProductType type,
    Tracking tracking,
    BigDecimal salesPrice,
    BigDecimal cost,
    BigDecimal taxRate,
    boolean saleOk,
    @Nullable String description) {

  public static ProductInput goods(
      String name, String reference, Tracking tracking, String salesPrice, String cost) {
    return new ProductInput(
        name,
        reference,
        ProductType.GOODS,
        tracking,
        new BigDecimal(salesPrice),
        new BigDecimal(cost),
        BigDecimal.TEN,
        true,
        null);
  }

  public static ProductInput service(
      String name, String reference, String salesPrice, String cost) {
    return new ProductInput(
        name,
        reference,
        ProductType.SERVICE,
        Tracking.NONE,
        new BigDecimal(salesPrice),
        new BigDecimal(cost),
        BigDecimal.TEN,
        true,
        null);
  }
}

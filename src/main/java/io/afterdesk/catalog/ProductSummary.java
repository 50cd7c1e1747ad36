package io.afterdesk.catalog;

import io.afterdesk.common.Money;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A product as other modules see it. {@code taxRate} is a percentage (10 = 10 %). */
public record ProductSummary(
    long id,
    String name,
    @Nullable String reference,
    ProductType type,
    Tracking tracking,
    Money salesPrice,
    Money cost,
    BigDecimal taxRate,
    boolean saleOk,
    boolean active) {

  /** "[REF] Name" when the product has an internal reference. */
  public String displayName() {
    return reference == null || reference.isBlank() ? name : "[" + reference + "] " + name;
  }
}

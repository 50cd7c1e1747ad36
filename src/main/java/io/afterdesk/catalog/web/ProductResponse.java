package io.afterdesk.catalog.web;

import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.ProductType;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.web.MoneyJson;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** A product as the API answers it; {@code taxRate} is a decimal string (percent). */
record ProductResponse(
    long id,
    String name,
    @Nullable String reference,
    ProductType type,
    Tracking tracking,
    MoneyJson salesPrice,
    MoneyJson cost,
    String taxRate,
    boolean saleOk,
    boolean active,
    @Nullable String description) {

  static ProductResponse of(ProductSummary p, @Nullable String description) {
    return new ProductResponse(
        p.id(),
        p.name(),
        p.reference(),
        p.type(),
        p.tracking(),
        MoneyJson.of(p.salesPrice()),
        MoneyJson.of(p.cost()),
        p.taxRate().setScale(2, RoundingMode.HALF_UP).toPlainString(),
        p.saleOk(),
        p.active(),
        description);
  }
}

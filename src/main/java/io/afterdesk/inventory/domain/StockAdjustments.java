package io.afterdesk.inventory.domain;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.ProductType;
import io.afterdesk.catalog.Products;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.identity.Permissions;
import io.afterdesk.inventory.AdjustmentResult;
import io.afterdesk.inventory.LocationView;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inventory adjustments: a counted quantity replaces the stock on hand, the difference moving from
 * or to Virtual/Inventory adjustment, with a record of who counted.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class StockAdjustments {

  private final JdbcClient jdbc;
  private final LocationDirectory locations;
  private final StockLedger ledger;
  private final Products products;
  private final Clock clock;

  StockAdjustments(
      JdbcClient jdbc,
      LocationDirectory locations,
      StockLedger ledger,
      Products products,
      Clock clock) {
    this.jdbc = jdbc;
    this.locations = locations;
    this.ledger = ledger;
    this.products = products;
    this.clock = clock;
  }

  /** See {@link io.afterdesk.inventory.Stock#adjust}. */
  public AdjustmentResult adjust(
      long productId, long locationId, @Nullable Long lotId, BigDecimal countedQuantity) {
    ProductSummary product = goods(productId);
    if (locations.find(locationId).filter(LocationView::internal).isEmpty()) {
      throw FieldValidationException.of("locationId", "inventory.adjustment.location-internal");
    }
    if (countedQuantity == null || countedQuantity.signum() < 0) {
      throw FieldValidationException.of("quantity", "inventory.move.quantity-not-negative");
    }
    checkLot(product, lotId, countedQuantity);
    BigDecimal difference = countedQuantity.subtract(ledger.lock(productId, locationId, lotId));
    long virtual = locations.named(LocationDirectory.ADJUSTMENT).id();
    ProductInfo info = new ProductInfo(product.displayName(), product.tracking());
    ledger.apply(
        List.of(
            new StockLedger.Delta(productId, lotId, locationId, difference),
            new StockLedger.Delta(productId, lotId, virtual, difference.negate())),
        id -> info);
    long id = record(productId, locationId, lotId, countedQuantity, difference);
    return new AdjustmentResult(id, productId, locationId, lotId, countedQuantity, difference);
  }

  private ProductSummary goods(long productId) {
    ProductSummary product =
        products
            .find(productId)
            .orElseThrow(
                () ->
                    FieldValidationException.of(
                        "productId", "inventory.line.unknown-product", productId));
    if (product.type() != ProductType.GOODS) {
      throw FieldValidationException.of(
          "productId", "inventory.line.goods-only", product.displayName());
    }
    return product;
  }

  /** A tracked product counts one of its own lots (a serial at most one); others count none. */
  private void checkLot(ProductSummary product, @Nullable Long lotId, BigDecimal counted) {
    if (!product.tracking().tracked()) {
      if (lotId != null) {
        throw FieldValidationException.of(
            "lotId", "inventory.move.untracked-lot", product.displayName());
      }
      return;
    }
    if (lotId == null) {
      throw FieldValidationException.of(
          "lotId", "inventory.move.lots-required", product.displayName());
    }
    if (products
        .findLot(lotId)
        .map(LotSummary::productId)
        .filter(p -> p == product.id())
        .isEmpty()) {
      throw FieldValidationException.of(
          "lotId", "inventory.validate.unknown-lot", lotId, product.displayName());
    }
    if (product.tracking() == Tracking.SERIAL && counted.compareTo(BigDecimal.ONE) > 0) {
      throw FieldValidationException.of("quantity", "inventory.adjustment.serial-one");
    }
  }

  private long record(
      long productId,
      long locationId,
      @Nullable Long lotId,
      BigDecimal counted,
      BigDecimal difference) {
    return jdbc.sql(
            "insert into stock_adjustment (product_id, location_id, lot_id, counted_quantity,"
                + " difference, done_by, done_at)"
                + " values (:p, :l, :lot, :counted, :difference, :by, :at) returning id")
        .param("p", productId)
        .param("l", locationId)
        .param("lot", lotId, Types.BIGINT)
        .param("counted", counted)
        .param("difference", difference)
        .param("by", Permissions.signedInName(), Types.VARCHAR)
        .param("at", OffsetDateTime.now(clock))
        .query(Long.class)
        .single();
  }
}

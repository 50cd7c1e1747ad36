package io.afterdesk.inventory.domain;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.inventory.LocationUsage;
import io.afterdesk.inventory.LocationView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock on hand (quants per product, location and lot), changed in the caller's transaction by done
 * moves. Each change is an atomic upsert that locks the quant row until commit, so two transactions
 * taking the same serial serialise and the second sees the first one's result. Quant rows are
 * always changed in one order (product, lot, location) so that they never deadlock. Tracked stock
 * never goes below zero at an internal location; a serial never goes below zero at a customer
 * either, and is never in stock twice.
 */
@Component
public class StockLedger {

  /** A change of stock on hand: positive in, negative out. */
  public record Delta(long productId, @Nullable Long lotId, long locationId, BigDecimal quantity) {}

  private final JdbcClient jdbc;
  private final LocationDirectory locations;
  private final Products products;
  private final Clock clock;

  StockLedger(JdbcClient jdbc, LocationDirectory locations, Products products, Clock clock) {
    this.jdbc = jdbc;
    this.locations = locations;
    this.products = products;
    this.clock = clock;
  }

  /** The stock a done transfer moves: each line out of its source and into its destination. */
  static List<Delta> movedBy(Transfer transfer) {
    List<Delta> deltas = new ArrayList<>();
    for (Move move : transfer.moves()) {
      for (MoveLine line : move.lines()) {
        deltas.add(
            new Delta(
                move.productId(),
                line.lotId(),
                transfer.sourceLocationId(),
                line.quantity().negate()));
        deltas.add(
            new Delta(
                move.productId(), line.lotId(), transfer.destinationLocationId(), line.quantity()));
      }
    }
    return deltas;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void apply(List<Delta> deltas, Function<Long, ProductInfo> productInfo) {
    Map<List<Object>, Delta> merged = new LinkedHashMap<>();
    deltas.stream()
        .sorted(
            Comparator.comparingLong(Delta::productId)
                .thenComparing(d -> d.lotId() == null ? -1L : d.lotId(), Comparator.naturalOrder())
                .thenComparingLong(Delta::locationId))
        .forEach(
            d ->
                merged.merge(
                    java.util.Arrays.asList(d.productId(), d.lotId(), d.locationId()),
                    d,
                    (a, b) ->
                        new Delta(
                            a.productId(),
                            a.lotId(),
                            a.locationId(),
                            a.quantity().add(b.quantity()))));
    Map<Long, LocationView> byId = new LinkedHashMap<>();
    locations.all().forEach(l -> byId.put(l.id(), l));
    for (Delta delta : merged.values()) {
      if (delta.quantity().signum() == 0) {
        continue;
      }
      BigDecimal result = change(delta);
      check(delta, result, productInfo.apply(delta.productId()), byId.get(delta.locationId()));
    }
  }

  /** Locks the quant row (creating it at zero), for a read-modify-write such as an adjustment. */
  @Transactional(propagation = Propagation.MANDATORY)
  public BigDecimal lock(long productId, long locationId, @Nullable Long lotId) {
    jdbc.sql(
            "insert into stock_quant (product_id, location_id, lot_id, quantity)"
                + " values (:product, :location, :lot, 0) on conflict do nothing")
        .param("product", productId)
        .param("location", locationId)
        .param("lot", lotId, java.sql.Types.BIGINT)
        .update();
    return jdbc.sql(
            "select quantity from stock_quant where product_id = :product"
                + " and location_id = :location and lot_id is not distinct from :lot for update")
        .param("product", productId)
        .param("location", locationId)
        .param("lot", lotId, java.sql.Types.BIGINT)
        .query(BigDecimal.class)
        .single();
  }

  private BigDecimal change(Delta delta) {
    return jdbc.sql(
            "insert into stock_quant (product_id, location_id, lot_id, quantity, updated_at)"
                + " values (:product, :location, :lot, :quantity, :now)"
                + " on conflict on constraint stock_quant_key do update"
                + " set quantity = stock_quant.quantity + excluded.quantity,"
                + " updated_at = excluded.updated_at"
                + " returning quantity")
        .param("product", delta.productId())
        .param("location", delta.locationId())
        .param("lot", delta.lotId(), java.sql.Types.BIGINT)
        .param("quantity", delta.quantity())
        .param("now", OffsetDateTime.now(clock))
        .query(BigDecimal.class)
        .single();
  }

  private void check(Delta delta, BigDecimal result, ProductInfo product, LocationView location) {
    Tracking tracking = product.tracking();
    if (!tracking.tracked()) {
      return;
    }
    boolean serial = tracking == Tracking.SERIAL;
    boolean guarded =
        location.usage() == LocationUsage.INTERNAL
            || (serial && location.usage() == LocationUsage.CUSTOMER);
    if (result.signum() < 0 && guarded) {
      String lot = lotName(delta.lotId());
      if (serial) {
        throw new BusinessRuleException(
            "inventory.stock.serial-not-available", lot, product.name(), location.name());
      }
      throw new BusinessRuleException(
          "inventory.stock.lot-negative", lot, product.name(), location.name());
    }
    if (serial && delta.quantity().signum() > 0 && location.usage() == LocationUsage.INTERNAL) {
      BigDecimal inStock =
          jdbc.sql(
                  "select coalesce(sum(q.quantity), 0) from stock_quant q"
                      + " join stock_location l on l.id = q.location_id"
                      + " where l.usage = 'INTERNAL' and q.product_id = :product"
                      + " and q.lot_id = :lot")
              .param("product", delta.productId())
              .param("lot", delta.lotId())
              .query(BigDecimal.class)
              .single();
      if (inStock.compareTo(BigDecimal.ONE) > 0) {
        throw new BusinessRuleException(
            "inventory.stock.serial-in-stock", lotName(delta.lotId()), product.name());
      }
    }
  }

  private String lotName(@Nullable Long lotId) {
    return lotId == null
        ? "—"
        : products.findLot(lotId).map(LotSummary::name).orElse(Objects.toString(lotId));
  }
}

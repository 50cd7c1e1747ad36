package io.afterdesk.inventory;

import io.afterdesk.catalog.Products;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.inventory.domain.LocationDirectory;
import io.afterdesk.inventory.domain.StockAdjustments;
import io.afterdesk.inventory.domain.StockReports;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock on hand per product, location and lot, and inventory adjustments. Stock on hand is kept in
 * a quant table changed in the same transaction as the done moves (and adjustments) that change it.
 * Other modules read it here; who may adjust (admins and managers) is checked by the callers.
 */
@Service
@Transactional(readOnly = true)
public class Stock {

  private final JdbcClient jdbc;
  private final LocationDirectory locations;
  private final Products products;
  private final StockAdjustments adjustments;
  private final StockReports reports;

  Stock(
      JdbcClient jdbc,
      LocationDirectory locations,
      Products products,
      StockAdjustments adjustments,
      StockReports reports) {
    this.jdbc = jdbc;
    this.locations = locations;
    this.products = products;
    this.adjustments = adjustments;
    this.reports = reports;
  }

  /** All active locations, WH/Stock first. */
  public List<LocationView> locations() {
    return locations.all();
  }

  public LocationView location(long locationId) {
    return locations.get(locationId);
  }

  /** The location of that name, e.g. {@code WH/Stock} or {@code WH/Returns}. */
  public LocationView locationNamed(String name) {
    return locations.named(name);
  }

  /** Stock of a product over all internal locations and lots. */
  public BigDecimal onHand(long productId) {
    return jdbc.sql(
            "select coalesce(sum(q.quantity), 0) from stock_quant q join stock_location l"
                + " on l.id = q.location_id where l.usage = 'INTERNAL' and q.product_id = :p")
        .param("p", productId)
        .query(BigDecimal.class)
        .single();
  }

  /** Whether a lot/serial of a product has stock at any internal location. */
  public boolean inStock(long productId, long lotId) {
    return jdbc.sql(
            "select coalesce(sum(q.quantity), 0) > 0 from stock_quant q join stock_location l"
                + " on l.id = q.location_id where l.usage = 'INTERNAL' and q.product_id = :p"
                + " and q.lot_id = :lot")
        .param("p", productId)
        .param("lot", lotId)
        .query(Boolean.class)
        .single();
  }

  /** Stock of a product at a location, over all lots. */
  public BigDecimal onHand(long productId, long locationId) {
    return jdbc.sql(
            "select coalesce(sum(quantity), 0) from stock_quant"
                + " where product_id = :p and location_id = :l")
        .param("p", productId)
        .param("l", locationId)
        .query(BigDecimal.class)
        .single();
  }

  /** Stock of a product at a location for one lot ({@code lotId} null: the untracked stock). */
  public BigDecimal onHand(long productId, long locationId, @Nullable Long lotId) {
    return jdbc.sql(
            "select coalesce(sum(quantity), 0) from stock_quant where product_id = :p"
                + " and location_id = :l and lot_id is not distinct from :lot")
        .param("p", productId)
        .param("l", locationId)
        .param("lot", lotId, java.sql.Types.BIGINT)
        .query(BigDecimal.class)
        .single();
  }

  /** The lots/serials of a product with stock above zero at a location, by name. */
  public List<LotStock> lotsInStock(long productId, long locationId) {
    Map<Long, String> names = new HashMap<>();
    products.lotsOf(productId).forEach(l -> names.put(l.id(), l.name()));
    return jdbc
        .sql(
            "select lot_id, quantity from stock_quant where product_id = :p and location_id = :l"
                + " and lot_id is not null and quantity > 0")
        .param("p", productId)
        .param("l", locationId)
        .query(
            (rs, row) ->
                new LotStock(
                    rs.getLong(1), names.getOrDefault(rs.getLong(1), "?"), rs.getBigDecimal(2)))
        .list()
        .stream()
        .sorted(java.util.Comparator.comparing(LotStock::name))
        .toList();
  }

  /**
   * Sets the counted quantity of a product (and lot, required for tracked products, at most 1 for a
   * serial) at an internal location: the difference is a done move from or to Virtual/Inventory
   * adjustment. Field errors (422) for an unknown product, a service, a non-internal location, a
   * missing or foreign lot, a negative count.
   */
  @Transactional
  public AdjustmentResult adjust(
      long productId, long locationId, @Nullable Long lotId, BigDecimal countedQuantity) {
    return adjustments.adjust(productId, locationId, lotId, countedQuantity);
  }

  /**
   * One page of stock on hand (rows per product, location and lot), by product then location; with
   * a search text, only the products in {@code productIdsMatchingSearch} (found by the caller
   * through the catalog).
   */
  public PageResponse<StockLine> page(
      StockFilter filter, PageQuery query, @Nullable List<Long> productIdsMatchingSearch) {
    return reports.page(filter, query, productIdsMatchingSearch);
  }

  /** The latest done movements of a product (moves of done transfers and adjustments). */
  public List<StockHistoryEntry> history(long productId, int limit) {
    return reports.history(productId, limit);
  }
}

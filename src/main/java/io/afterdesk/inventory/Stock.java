package io.afterdesk.inventory;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.ProductType;
import io.afterdesk.catalog.Products;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.identity.Permissions;
import io.afterdesk.inventory.domain.LocationDirectory;
import io.afterdesk.inventory.domain.ProductInfo;
import io.afterdesk.inventory.domain.StockLedger;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
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
  private final StockLedger ledger;
  private final Products products;

  Stock(JdbcClient jdbc, LocationDirectory locations, StockLedger ledger, Products products) {
    this.jdbc = jdbc;
    this.locations = locations;
    this.ledger = ledger;
    this.products = products;
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
    if (locations.find(locationId).filter(LocationView::internal).isEmpty()) {
      throw FieldValidationException.of("locationId", "inventory.adjustment.location-internal");
    }
    if (countedQuantity == null || countedQuantity.signum() < 0) {
      throw FieldValidationException.of("quantity", "inventory.move.quantity-not-negative");
    }
    if (product.tracking().tracked()) {
      if (lotId == null) {
        throw FieldValidationException.of(
            "lotId", "inventory.move.lots-required", product.displayName());
      }
      if (products
          .findLot(lotId)
          .map(LotSummary::productId)
          .filter(p -> p == productId)
          .isEmpty()) {
        throw FieldValidationException.of(
            "lotId", "inventory.validate.unknown-lot", lotId, product.displayName());
      }
      if (product.tracking() == Tracking.SERIAL && countedQuantity.compareTo(BigDecimal.ONE) > 0) {
        throw FieldValidationException.of("quantity", "inventory.adjustment.serial-one");
      }
    } else if (lotId != null) {
      throw FieldValidationException.of(
          "lotId", "inventory.move.untracked-lot", product.displayName());
    }
    BigDecimal current = ledger.lock(productId, locationId, lotId);
    BigDecimal difference = countedQuantity.subtract(current);
    long virtual = locations.named(LocationDirectory.ADJUSTMENT).id();
    ProductInfo info = new ProductInfo(product.displayName(), product.tracking());
    ledger.apply(
        List.of(
            new StockLedger.Delta(productId, lotId, locationId, difference),
            new StockLedger.Delta(productId, lotId, virtual, difference.negate())),
        id -> info);
    long id =
        jdbc.sql(
                "insert into stock_adjustment (product_id, location_id, lot_id, counted_quantity,"
                    + " difference, done_by) values (:p, :l, :lot, :counted, :difference, :by)"
                    + " returning id")
            .param("p", productId)
            .param("l", locationId)
            .param("lot", lotId, java.sql.Types.BIGINT)
            .param("counted", countedQuantity)
            .param("difference", difference)
            .param("by", Permissions.signedInName(), java.sql.Types.VARCHAR)
            .query(Long.class)
            .single();
    return new AdjustmentResult(id, productId, locationId, lotId, countedQuantity, difference);
  }

  /**
   * One page of stock on hand (rows per product, location and lot), by product then location; with
   * a search text, only the products in {@code productIdsMatchingSearch} (found by the caller
   * through the catalog).
   */
  public PageResponse<StockLine> page(
      StockFilter filter, PageQuery query, @Nullable List<Long> productIdsMatchingSearch) {
    StringBuilder where = new StringBuilder(" where true");
    Map<String, Object> params = new HashMap<>();
    if (productIdsMatchingSearch != null) {
      if (productIdsMatchingSearch.isEmpty()) {
        return new PageResponse<>(List.of(), query.page(), query.size(), 0);
      }
      where.append(" and q.product_id in (:products)");
      params.put("products", productIdsMatchingSearch);
    }
    if (filter.productId() != null) {
      where.append(" and q.product_id = :product");
      params.put("product", filter.productId());
    }
    if (filter.locationId() != null) {
      where.append(" and q.location_id = :location");
      params.put("location", filter.locationId());
    }
    if (filter.lotId() != null) {
      where.append(" and q.lot_id = :lot");
      params.put("lot", filter.lotId());
    }
    if (filter.internalOnly()) {
      where.append(" and l.usage = 'INTERNAL'");
    }
    if (filter.positiveOnly()) {
      where.append(" and q.quantity <> 0");
    }
    String from = " from stock_quant q join stock_location l on l.id = q.location_id";
    long total =
        jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
    List<StockLine> items =
        jdbc.sql(
                "select q.product_id, q.location_id, q.lot_id, q.quantity"
                    + from
                    + where
                    + " order by q.product_id, q.location_id, q.lot_id nulls first"
                    + " limit :limit offset :offset")
            .params(params)
            .param("limit", query.size())
            .param("offset", query.offset())
            .query(Stock::line)
            .list();
    return new PageResponse<>(items, query.page(), query.size(), total);
  }

  /** The latest done movements of a product (moves of done transfers and adjustments). */
  public List<StockHistoryEntry> history(long productId, int limit) {
    long virtual = locations.named(LocationDirectory.ADJUSTMENT).id();
    return jdbc.sql(
            "select t.done_at, t.id as transfer_id, t.number as reference, t.source_location_id,"
                + " t.destination_location_id, ml.lot_id, ml.quantity"
                + " from stock_move_line ml join stock_move m on m.id = ml.move_id"
                + " join transfer t on t.id = m.transfer_id"
                + " where t.state = 'DONE' and m.product_id = :p"
                + " union all"
                + " select a.done_at, null, 'ADJ/' || a.id,"
                + " case when a.difference >= 0 then :virtual else a.location_id end,"
                + " case when a.difference >= 0 then a.location_id else :virtual end,"
                + " a.lot_id, abs(a.difference)"
                + " from stock_adjustment a where a.product_id = :p and a.difference <> 0"
                + " order by 1 desc limit :limit")
        .param("p", productId)
        .param("virtual", virtual)
        .param("limit", limit)
        .query(
            (rs, row) ->
                new StockHistoryEntry(
                    rs.getTimestamp(1).toInstant(),
                    rs.getObject(2, Long.class),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getLong(5),
                    rs.getObject(6, Long.class),
                    rs.getBigDecimal(7)))
        .list();
  }

  private static StockLine line(ResultSet rs, int row) throws SQLException {
    return new StockLine(
        rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getBigDecimal(4));
  }
}

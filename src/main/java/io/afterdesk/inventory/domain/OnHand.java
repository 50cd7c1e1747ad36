package io.afterdesk.inventory.domain;

import io.afterdesk.catalog.Products;
import io.afterdesk.inventory.LotStock;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What is on hand, read from the quants the done moves keep (behind {@code Stock}). */
@Component
public class OnHand {

  private final JdbcClient jdbc;
  private final Products products;

  OnHand(JdbcClient jdbc, Products products) {
    this.jdbc = jdbc;
    this.products = products;
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
}

package io.afterdesk.catalog;

import io.afterdesk.common.Money;
import io.afterdesk.common.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading products and their lots: the door other modules use into catalog. */
@Service
@Transactional(readOnly = true)
public class Products {

  private static final String SELECT =
      "select id, name, reference, type, tracking, sales_price, cost, currency, tax_rate, sale_ok,"
          + " active from product ";

  private final JdbcClient jdbc;

  Products(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ProductSummary> find(long id) {
    return jdbc.sql(SELECT + "where id = :id").param("id", id).query(Products::map).optional();
  }

  public ProductSummary get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("Product", id));
  }

  public List<ProductSummary> findAll(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + "where id in (:ids) order by name")
        .param("ids", ids)
        .query(Products::map)
        .list();
  }

  /** Active products whose name or reference contains the text, for pickers. */
  public List<ProductSummary> search(String text, int limit) {
    return jdbc.sql(
            SELECT
                + "where active and (lower(name) like :q or lower(coalesce(reference, '')) like :q)"
                + " order by name limit :limit")
        .param("q", "%" + text.toLowerCase(Locale.ROOT).trim() + "%")
        .param("limit", limit)
        .query(Products::map)
        .list();
  }

  public List<LotSummary> lotsOf(long productId) {
    return jdbc.sql(
            "select id, product_id, name from lot where product_id = :product order by name")
        .param("product", productId)
        .query((rs, row) -> new LotSummary(rs.getLong(1), rs.getLong(2), rs.getString(3)))
        .list();
  }

  public Optional<LotSummary> findLot(long lotId) {
    return jdbc.sql("select id, product_id, name from lot where id = :id")
        .param("id", lotId)
        .query((rs, row) -> new LotSummary(rs.getLong(1), rs.getLong(2), rs.getString(3)))
        .optional();
  }

  private static ProductSummary map(ResultSet rs, int row) throws SQLException {
    Currency currency = Currency.getInstance(rs.getString("currency").trim());
    return new ProductSummary(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("reference"),
        ProductType.valueOf(rs.getString("type")),
        Tracking.valueOf(rs.getString("tracking")),
        new Money(rs.getBigDecimal("sales_price"), currency),
        new Money(rs.getBigDecimal("cost"), currency),
        rs.getBigDecimal("tax_rate"),
        rs.getBoolean("sale_ok"),
        rs.getBoolean("active"));
  }
}

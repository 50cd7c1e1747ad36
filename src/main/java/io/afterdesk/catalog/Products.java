package io.afterdesk.catalog;

import io.afterdesk.common.Money;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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

  private static final Map<String, String> SORTABLE =
      Map.of(
          "id", "id",
          "name", "lower(name)",
          "reference", "lower(reference)",
          "type", "type",
          "salesPrice", "sales_price");

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

  /** The lots of these ids (unknown ids are left out), in one query. */
  public List<LotSummary> findLots(java.util.Collection<Long> lotIds) {
    if (lotIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select id, product_id, name from lot where id in (:ids) order by name")
        .param("ids", lotIds)
        .query((rs, row) -> new LotSummary(rs.getLong(1), rs.getLong(2), rs.getString(3)))
        .list();
  }

  /**
   * One page of the product list: search on name and reference; filters of {@link ProductFilter};
   * sort by id, name, reference, type, salesPrice.
   */
  public PageResponse<ProductSummary> page(ProductFilter filter, PageQuery query) {
    StringBuilder where = new StringBuilder("where active = :active");
    Map<String, Object> params = new HashMap<>();
    params.put("active", !filter.archived());
    if (query.likePattern() != null) {
      where.append(" and (lower(name) like :q or lower(coalesce(reference, '')) like :q)");
      params.put("q", query.likePattern());
    }
    if (filter.type() != null) {
      where.append(" and type = :type");
      params.put("type", filter.type().name());
    }
    if (filter.tracking() != null) {
      where.append(" and tracking = :tracking");
      params.put("tracking", filter.tracking().name());
    }
    long total =
        jdbc.sql("select count(*) from product " + where).params(params).query(Long.class).single();
    List<ProductSummary> items =
        jdbc.sql(
                SELECT
                    + where
                    + " order by "
                    + query.orderBy(SORTABLE, "lower(name), id")
                    + " limit :limit offset :offset")
            .params(params)
            .param("limit", query.size())
            .param("offset", query.offset())
            .query(Products::map)
            .list();
    return new PageResponse<>(items, query.page(), query.size(), total);
  }

  /** One page of the lots or serials of a product, by name; search on the name. */
  public PageResponse<LotSummary> lotPage(long productId, PageQuery query) {
    String where =
        "where product_id = :product"
            + (query.likePattern() == null ? "" : " and lower(name) like :q");
    Map<String, Object> params = new HashMap<>();
    params.put("product", productId);
    if (query.likePattern() != null) {
      params.put("q", query.likePattern());
    }
    long total =
        jdbc.sql("select count(*) from lot " + where).params(params).query(Long.class).single();
    List<LotSummary> items =
        jdbc.sql(
                "select id, product_id, name from lot "
                    + where
                    + " order by name, id limit :limit offset :offset")
            .params(params)
            .param("limit", query.size())
            .param("offset", query.offset())
            .query((rs, row) -> new LotSummary(rs.getLong(1), rs.getLong(2), rs.getString(3)))
            .list();
    return new PageResponse<>(items, query.page(), query.size(), total);
  }

  /** The version of a product, for forms that guard against overwriting another's change. */
  public long versionOf(long productId) {
    return jdbc.sql("select version from product where id = :id")
        .param("id", productId)
        .query(Long.class)
        .optional()
        .orElseThrow(() -> new NotFoundException("Product", productId));
  }

  /** The description of a product (not part of the summary), or null. */
  public @Nullable String descriptionOf(long productId) {
    return jdbc.sql("select description from product where id = :id")
        .param("id", productId)
        .query(String.class)
        .optional()
        .orElse(null);
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

package io.afterdesk.partner;

import io.afterdesk.common.reach.DocumentReach;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer list of the pages and the API, within the caller's reach. */
@Service
@Transactional(readOnly = true)
public class CustomerList {

  private static final Map<String, String> SORTABLE =
      Map.of(
          "id", "c.id",
          "name", "lower(c.name)",
          "email", "lower(c.email)",
          "city", "lower(c.city)",
          "country", "lower(c.country)",
          "company", "lower(coalesce(p.name, c.name))");

  private final JdbcClient jdbc;
  private final DocumentReach reach;

  CustomerList(JdbcClient jdbc, DocumentReach reach) {
    this.jdbc = jdbc;
    this.reach = reach;
  }

  /**
   * One page of the customer list: search on name, email and company name; filters of {@link
   * CustomerFilter}; sort by id, name, email, city, country or company. Only the customers within
   * the caller's reach.
   */
  public PageResponse<CustomerDetails> page(CustomerFilter filter, PageQuery query) {
    StringBuilder where = new StringBuilder("where c.active = :active");
    Map<String, Object> params = new HashMap<>();
    params.put("active", !filter.archived());
    if (query.likePattern() != null) {
      where.append(
          " and (lower(c.name) like :q or lower(coalesce(c.email, '')) like :q"
              + " or lower(coalesce(p.name, '')) like :q)");
      params.put("q", query.likePattern());
    }
    if (filter.company() != null) {
      where.append(" and c.is_company = :company");
      params.put("company", filter.company());
    }
    if (filter.parentId() != null) {
      where.append(" and c.parent_id = :parent");
      params.put("parent", filter.parentId());
    }
    reach.current().restrictCustomers(where, params, "c.id");
    long total =
        jdbc.sql(
                "select count(*) from customer c left join customer p on p.id = c.parent_id "
                    + where)
            .params(params)
            .query(Long.class)
            .single();
    List<CustomerDetails> items =
        jdbc.sql(
                CustomerRows.SELECT_DETAILS
                    + where
                    + " order by "
                    + query.orderBy(
                        SORTABLE,
                        "lower(coalesce(p.name, c.name)), c.parent_id nulls first, lower(c.name), c.id")
                    + " limit :limit offset :offset")
            .params(params)
            .param("limit", query.size())
            .param("offset", query.offset())
            .query(CustomerRows::details)
            .list();
    return new PageResponse<>(new ArrayList<>(items), query.page(), query.size(), total);
  }
}

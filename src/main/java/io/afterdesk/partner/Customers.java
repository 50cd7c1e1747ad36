package io.afterdesk.partner;

import io.afterdesk.common.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading customers and their commercial entities: the door other modules use into partner. */
@Service
@Transactional(readOnly = true)
public class Customers {

  private static final String SELECT =
      "select c.id, c.name, c.is_company, c.parent_id, p.name as parent_name,"
          + " coalesce(c.parent_id, c.id) as commercial_entity_id, c.email, c.phone"
          + " from customer c left join customer p on p.id = c.parent_id ";

  private final JdbcClient jdbc;

  Customers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<CustomerSummary> find(long id) {
    return jdbc.sql(SELECT + "where c.id = :id").param("id", id).query(Customers::map).optional();
  }

  public CustomerSummary get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("Customer", id));
  }

  /** The company of a contact, or the customer itself. */
  public long commercialEntityOf(long customerId) {
    return get(customerId).commercialEntityId();
  }

  /** The commercial entity and all its contacts. */
  public List<CustomerSummary> membersOfCommercialEntity(long commercialEntityId) {
    return jdbc.sql(
            SELECT
                + "where coalesce(c.parent_id, c.id) = :entity order by c.parent_id nulls first, c.name")
        .param("entity", commercialEntityId)
        .query(Customers::map)
        .list();
  }

  /** Active customers whose name or email contains the text, for pickers. */
  public List<CustomerSummary> search(String text, int limit) {
    return jdbc.sql(
            SELECT
                + "where c.active and (lower(c.name) like :q or lower(coalesce(c.email, '')) like :q"
                + " or lower(coalesce(p.name, '')) like :q) order by coalesce(p.name, c.name), c.name"
                + " limit :limit")
        .param("q", "%" + text.toLowerCase(java.util.Locale.ROOT).trim() + "%")
        .param("limit", limit)
        .query(Customers::map)
        .list();
  }

  private static CustomerSummary map(ResultSet rs, int row) throws SQLException {
    return new CustomerSummary(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getBoolean("is_company"),
        (Long) rs.getObject("parent_id"),
        rs.getString("parent_name"),
        rs.getLong("commercial_entity_id"),
        rs.getString("email"),
        rs.getString("phone"));
  }
}

package io.afterdesk.partner;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The customer columns every detailed read selects, and their mapping to {@link CustomerDetails}.
 */
final class CustomerRows {

  static final String SELECT_DETAILS =
      "select c.id, c.version, c.name, c.is_company, c.parent_id, p.name as parent_name,"
          + " coalesce(c.parent_id, c.id) as commercial_entity_id, c.address_type, c.email,"
          + " c.phone, c.street, c.zip, c.city, c.country, c.active,"
          + " (c.portal_active and c.portal_password_hash is not null) as portal_access"
          + " from customer c left join customer p on p.id = c.parent_id ";

  private CustomerRows() {}

  static CustomerDetails details(ResultSet rs, int row) throws SQLException {
    return new CustomerDetails(
        rs.getLong("id"),
        rs.getLong("version"),
        rs.getString("name"),
        rs.getBoolean("is_company"),
        (Long) rs.getObject("parent_id"),
        rs.getString("parent_name"),
        rs.getLong("commercial_entity_id"),
        AddressType.valueOf(rs.getString("address_type")),
        rs.getString("email"),
        rs.getString("phone"),
        rs.getString("street"),
        rs.getString("zip"),
        rs.getString("city"),
        rs.getString("country"),
        rs.getBoolean("active"),
        rs.getBoolean("portal_access"));
  }
}

package io.afterdesk.inventory.domain;

import io.afterdesk.common.NotFoundException;
import io.afterdesk.inventory.LocationUsage;
import io.afterdesk.inventory.LocationView;
import io.afterdesk.inventory.TransferKind;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The locations and operation types of the warehouse (seeded by the migration). */
@Component
public class LocationDirectory {

  public static final String STOCK = "WH/Stock";
  public static final String CUSTOMERS = "Partners/Customers";
  public static final String VENDORS = "Partners/Vendors";
  public static final String RETURNS = "WH/Returns";
  public static final String ADJUSTMENT = "Virtual/Inventory adjustment";

  /** An operation type: its names, number prefix, sequence and default locations. */
  public record OperationType(
      String code,
      String name,
      @Nullable String nameVi,
      String prefix,
      String sequenceName,
      long sourceId,
      long destId) {}

  private final JdbcClient jdbc;

  LocationDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<LocationView> all() {
    return jdbc.sql(
            "select id, name, name_vi, usage, return_location from stock_location"
                + " where active order by id")
        .query(
            (rs, row) ->
                new LocationView(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    LocationUsage.valueOf(rs.getString(4)),
                    rs.getBoolean(5)))
        .list();
  }

  public Optional<LocationView> find(long id) {
    return all().stream().filter(l -> l.id() == id).findFirst();
  }

  public LocationView get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("Location", id));
  }

  public LocationView named(String name) {
    return all().stream()
        .filter(l -> l.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Location", name));
  }

  public OperationType operationType(TransferKind kind) {
    return operationType(kind.name());
  }

  /** The operation type of a code: RECEIPT, DELIVERY, RETURN or REPAIR. */
  public OperationType operationType(String code) {
    return jdbc.sql(
            "select code, name, name_vi, prefix, sequence_name, default_source_id,"
                + " default_destination_id"
                + " from operation_type where code = :code")
        .param("code", code)
        .query(
            (rs, row) ->
                new OperationType(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getLong(6),
                    rs.getLong(7)))
        .single();
  }
}

package io.afterdesk.helpdesk;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the tickets of some teams point at: their customers and their sales orders (all tickets,
 * closed ones too). The after-sales module builds an agent's document reach from it.
 */
@Component
@Transactional(readOnly = true)
public class TicketsReach {

  /** The customers and sales orders named on the tickets of some teams. */
  public record Reached(Set<Long> customerIds, Set<Long> salesOrderIds) {}

  private final JdbcClient jdbc;

  TicketsReach(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Reached ofTeams(Collection<Long> teamIds) {
    Set<Long> customers = new HashSet<>();
    Set<Long> orders = new HashSet<>();
    if (teamIds.isEmpty()) {
      return new Reached(customers, orders);
    }
    jdbc.sql(
            "select distinct customer_id, sales_order_id from helpdesk_ticket"
                + " where team_id in (:teams)"
                + " and (customer_id is not null or sales_order_id is not null)")
        .param("teams", List.copyOf(teamIds))
        .query(
            rs -> {
              long customer = rs.getLong(1);
              if (!rs.wasNull()) {
                customers.add(customer);
              }
              long order = rs.getLong(2);
              if (!rs.wasNull()) {
                orders.add(order);
              }
            });
    return new Reached(customers, orders);
  }

  /** The ids of every ticket of some teams, as a sub-select on {@code :teams} for other reads. */
  public static String ticketIdsOfTeamsSql() {
    return "select t.id from helpdesk_ticket t where t.team_id in (:teams)";
  }
}

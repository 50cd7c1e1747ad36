package io.afterdesk.partner.domain;

import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who belongs to a customer's commercial entity: the company and all its contacts (a customer
 * without a company is its own entity), in one query.
 */
@Component
public class CommercialEntityMembers {

  private final JdbcClient jdbc;

  CommercialEntityMembers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The ids of the entity of {@code customerId} and its contacts; empty for an unknown id. */
  public Set<Long> of(long customerId) {
    return Set.copyOf(
        jdbc.sql(
                "select m.id from customer c join customer m"
                    + " on coalesce(m.parent_id, m.id) = coalesce(c.parent_id, c.id)"
                    + " where c.id = :id")
            .param("id", customerId)
            .query(Long.class)
            .list());
  }
}

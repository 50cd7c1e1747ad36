package io.afterdesk.partner;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which customers some customers bring within a staff user's reach: every contact of their
 * commercial entities, plus the customers the user created.
 */
@Component
@Transactional(readOnly = true)
public class CustomerReach {

  private final JdbcClient jdbc;

  CustomerReach(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The ids of all contacts of the commercial entities of these customers, and of the user's. */
  public Set<Long> reachedFrom(Collection<Long> customerIds, @Nullable Long createdBy) {
    if (customerIds.isEmpty() && createdBy == null) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.sql(
                "select c.id from customer c where coalesce(c.parent_id, c.id) in"
                    + " (select coalesce(k.parent_id, k.id) from customer k where k.id in (:ids))"
                    + " or c.created_by = :by")
            .param("ids", customerIds.isEmpty() ? List.of(-1L) : List.copyOf(customerIds))
            .param("by", createdBy == null ? -1L : createdBy)
            .query(Long.class)
            .list());
  }

  @Transactional
  void recordCreator(long customerId, @Nullable Long createdBy) {
    if (createdBy != null) {
      jdbc.sql("update customer set created_by = :by where id = :id")
          .param("by", createdBy)
          .param("id", customerId)
          .update();
    }
  }
}

package io.afterdesk.common.reach;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The ERP documents the caller may read: everything (managers, admins, the system itself), or the
 * documents of some customers (every contact of the commercial entities the caller's tickets reach)
 * plus some documents by id (those linked to the caller's tickets). {@code staffUserId} is the
 * staff user it is the reach of (null for the system).
 */
public record Reach(
    boolean everything,
    @Nullable Long staffUserId,
    Set<Long> customerIds,
    Map<String, Set<Long>> documents) {

  /** A list with no id, for {@code in (:ids)}: PostgreSQL refuses an empty list. */
  private static final List<Long> NONE = List.of(-1L);

  public Reach {
    customerIds = Set.copyOf(customerIds);
    Map<String, Set<Long>> copy = new HashMap<>();
    documents.forEach((type, ids) -> copy.put(type, Set.copyOf(ids)));
    documents = Map.copyOf(copy);
  }

  public static Reach everything(@Nullable Long staffUserId) {
    return new Reach(true, staffUserId, Set.of(), Map.of());
  }

  public boolean seesCustomer(@Nullable Long customerId) {
    return everything || (customerId != null && customerIds.contains(customerId));
  }

  /** Whether a document of this type and id, made for this customer, is within reach. */
  public boolean sees(String documentType, long documentId, @Nullable Long customerId) {
    return seesCustomer(customerId) || documentIds(documentType).contains(documentId);
  }

  public Set<Long> documentIds(String documentType) {
    return documents.getOrDefault(documentType, Set.of());
  }

  /**
   * Narrows a list query to what is within reach: appends {@code and (<customer column> in (...) or
   * <id column> in (...))} to {@code where} and its parameters to {@code params}, nothing when
   * everything is within reach. The filter stays in SQL, so counts, totals and pages agree.
   */
  public void restrict(
      StringBuilder where,
      Map<String, Object> params,
      String customerColumn,
      String idColumn,
      String documentType) {
    if (everything) {
      return;
    }
    where
        .append(" and (")
        .append(customerColumn)
        .append(" in (:reachCustomers) or ")
        .append(idColumn)
        .append(" in (:reachDocuments))");
    params.put("reachCustomers", customerIds.isEmpty() ? NONE : List.copyOf(customerIds));
    Set<Long> ids = documentIds(documentType);
    params.put("reachDocuments", ids.isEmpty() ? NONE : List.copyOf(ids));
  }

  /** Like {@link #restrict(StringBuilder, Map, String, String, String)}, on customers alone. */
  public void restrictCustomers(StringBuilder where, Map<String, Object> params, String column) {
    if (everything) {
      return;
    }
    where.append(" and ").append(column).append(" in (:reachCustomers)");
    params.put("reachCustomers", customerIds.isEmpty() ? NONE : List.copyOf(customerIds));
  }
}

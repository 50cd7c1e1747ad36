package io.afterdesk.sales;

import io.afterdesk.inventory.Transfers;
import io.afterdesk.partner.Customers;
import io.afterdesk.sales.domain.SalesOrderQueries;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a customer's commercial entity (the company and all its contacts) ordered and bought, for
 * the choices of a ticket's form.
 */
@Service
@Transactional(readOnly = true)
public class CustomerPurchases {

  private final SalesOrderQueries queries;
  private final Customers customers;
  private final Transfers transfers;

  CustomerPurchases(SalesOrderQueries queries, Customers customers, Transfers transfers) {
    this.queries = queries;
    this.customers = customers;
    this.transfers = transfers;
  }

  /** The orders (any state) of a customer's commercial entity, newest first. */
  public List<SalesOrderRow> ofCommercialEntityOf(long customerId) {
    return queries.ofCustomers(entityMembers(customerId));
  }

  /**
   * The products a customer's commercial entity bought: those of its confirmed orders' lines and
   * those its done deliveries brought.
   */
  public Set<Long> productIdsBoughtBy(long customerId) {
    Set<Long> members = entityMembers(customerId);
    Set<Long> ids = new LinkedHashSet<>(queries.productIdsConfirmedFor(members));
    ids.addAll(transfers.productIdsDeliveredTo(members));
    return ids;
  }

  /** Partner answers the entity; an id it does not know stands for itself alone. */
  private Set<Long> entityMembers(long customerId) {
    Set<Long> members = customers.commercialEntityMembers(customerId);
    return members.isEmpty() ? Set.of(customerId) : members;
  }
}

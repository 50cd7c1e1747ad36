package io.afterdesk.sales;

import io.afterdesk.common.NotFoundException;
import io.afterdesk.sales.domain.SalesOrder;
import io.afterdesk.sales.domain.SalesOrderQueries;
import io.afterdesk.sales.domain.SalesOrderRepository;
import org.springframework.stereotype.Component;

/**
 * Loads and saves orders for the sales services; the commands that touch an order's documents
 * (confirm, cancel, invoice) load it locked, so two of them on one order run one after the other.
 */
@Component
class SalesOrderStore {

  private final SalesOrderRepository orders;
  private final SalesOrderQueries queries;

  SalesOrderStore(SalesOrderRepository orders, SalesOrderQueries queries) {
    this.orders = orders;
    this.queries = queries;
  }

  SalesOrder load(long id) {
    return orders.findById(id).orElseThrow(() -> new NotFoundException("Sales order", id));
  }

  /** The order, its row locked until the transaction ends; 404 when there is none. */
  SalesOrder lockAndLoad(long id) {
    if (!queries.lock(id)) {
      throw new NotFoundException("Sales order", id);
    }
    return load(id);
  }

  SalesOrder save(SalesOrder order) {
    return orders.save(order);
  }
}

package io.afterdesk.sales.domain;

import org.springframework.data.repository.ListCrudRepository;

/** Stores sales orders with their lines. */
public interface SalesOrderRepository extends ListCrudRepository<SalesOrder, Long> {}

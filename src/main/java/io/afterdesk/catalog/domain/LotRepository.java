package io.afterdesk.catalog.domain;

import org.springframework.data.repository.ListCrudRepository;

/** Stores lots and serial numbers. */
public interface LotRepository extends ListCrudRepository<Lot, Long> {

  boolean existsByProductId(long productId);

  boolean existsByProductIdAndName(long productId, String name);
}

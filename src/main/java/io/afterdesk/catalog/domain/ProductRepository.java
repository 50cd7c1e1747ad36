package io.afterdesk.catalog.domain;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** Stores products. */
public interface ProductRepository extends ListCrudRepository<Product, Long> {

  @Query(
      "select count(*) > 0 from product where lower(reference) = lower(:reference) and id <> :id")
  boolean referenceTakenByOther(@Param("reference") String reference, @Param("id") long id);
}

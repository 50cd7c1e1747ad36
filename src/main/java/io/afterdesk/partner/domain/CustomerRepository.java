package io.afterdesk.partner.domain;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** Stores customers. */
public interface CustomerRepository extends ListCrudRepository<Customer, Long> {

  boolean existsByParentId(long parentId);

  /** Whether another customer with portal access signs in with this email. */
  @Query(
      "select count(*) > 0 from customer where portal_active and lower(email) = lower(:email)"
          + " and id <> :id")
  boolean portalEmailTakenByOther(@Param("email") String email, @Param("id") long id);
}

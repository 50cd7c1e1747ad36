package io.afterdesk.helpdesk.domain;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface TagRepository extends ListCrudRepository<Tag, Long> {

  @Query("select count(*) > 0 from helpdesk_tag where lower(name) = lower(:name)")
  boolean existsByNameIgnoringCase(String name);
}

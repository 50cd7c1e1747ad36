package io.afterdesk.helpdesk.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface TeamRepository extends ListCrudRepository<Team, Long> {}

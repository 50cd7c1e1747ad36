package io.afterdesk.identity.domain;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface StaffUserRepository extends ListCrudRepository<StaffUser, Long> {

  Optional<StaffUser> findByLogin(String login);

  boolean existsByLogin(String login);
}

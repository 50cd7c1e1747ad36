package io.afterdesk.identity.domain;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff users with their team memberships. The finders run in a (read-only) transaction: reading a
 * user also reads its memberships, and outside a transaction that second query would take a second
 * pool connection while the first is still open — on every sign-in and API call, so that enough
 * concurrent requests starve the pool.
 */
@Transactional(readOnly = true)
public interface StaffUserRepository extends ListCrudRepository<StaffUser, Long> {

  Optional<StaffUser> findByLogin(String login);

  boolean existsByLogin(String login);
}

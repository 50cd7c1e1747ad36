package io.afterdesk.identity;

import io.afterdesk.identity.domain.ApiTokenStore;
import io.afterdesk.identity.domain.StaffUser;
import io.afterdesk.identity.domain.StaffUserRepository;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * How staff users authenticate: by login and password (form login, HTTP Basic) or by an API token.
 * Inactive users are found but refused by the security layer.
 */
@Service
public class StaffAccounts implements UserDetailsService {

  private final StaffUserRepository users;
  private final ApiTokenStore tokens;

  StaffAccounts(StaffUserRepository users, ApiTokenStore tokens) {
    this.users = users;
    this.tokens = tokens;
  }

  @Override
  public StaffPrincipal loadUserByUsername(String login) {
    return users
        .findByLogin(login)
        .map(StaffAccounts::principalOf)
        .orElseThrow(() -> new UsernameNotFoundException(login));
  }

  /** The active user a raw API token belongs to, if the token exists and is not revoked. */
  public Optional<StaffPrincipal> authenticateToken(String rawToken) {
    return tokens
        .userIdOfActiveToken(rawToken)
        .flatMap(users::findById)
        .filter(StaffUser::active)
        .map(user -> principalOf(user).withoutPassword());
  }

  static StaffPrincipal principalOf(StaffUser user) {
    return new StaffPrincipal(
        user.id(), user.login(), user.name(), user.role(), user.passwordHash(), user.active());
  }
}

package io.afterdesk.web;

import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Login and password sign-in that tells a database without free connections from wrong credentials:
 * the first is not an authentication failure (which would answer 401 or "wrong password") but an
 * unavailable service, answered 503 by {@link ConnectionShortageFilter}.
 */
class CredentialsProvider extends DaoAuthenticationProvider {

  CredentialsProvider(UserDetailsService users) {
    super(users);
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    try {
      return super.authenticate(authentication);
    } catch (InternalAuthenticationServiceException e) {
      if (ConnectionShortage.causes(e)) {
        throw new IllegalStateException("No database connection to check the credentials", e);
      }
      throw e;
    }
  }
}

package io.afterdesk.web;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * A password check behind the {@link LoginThrottle}: a locked account or client is refused before
 * the password is looked at; a wrong password counts, a correct one clears.
 */
class ThrottledAuthentication implements AuthenticationProvider {

  private final AuthenticationProvider passwords;
  private final LoginThrottle throttle;
  private final String door;

  ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle, String door) {
    this.passwords = passwords;
    this.throttle = throttle;
    this.door = door;
  }

  @Override
  public @Nullable Authentication authenticate(Authentication authentication)
      throws AuthenticationException {
    String account = authentication.getName() == null ? "" : authentication.getName();
    String client = clientOf(authentication);
    Optional<Duration> wait = throttle.refusal(door, account, client);
    if (wait.isPresent()) {
      throw new LoginThrottledException(wait.get());
    }
    try {
      Authentication result = passwords.authenticate(authentication);
      if (result != null) {
        throttle.succeeded(account, client);
      }
      return result;
    } catch (BadCredentialsException e) {
      throttle.failed(door, account, client);
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return passwords.supports(authentication);
  }

  private static String clientOf(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
            && details.getRemoteAddress() != null
        ? details.getRemoteAddress()
        : "unknown";
  }
}

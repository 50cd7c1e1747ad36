package io.afterdesk.web;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused without looking at the password: too many wrong ones came before. */
class LoginThrottledException extends AuthenticationException {

  private final Duration retryAfter;

  LoginThrottledException(Duration retryAfter) {
    super("Too many failed sign-ins; retry in " + retryAfter.toSeconds() + " s");
    this.retryAfter = retryAfter;
  }

  /** Whole seconds to wait, at least one. */
  long retryAfterSeconds() {
    return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
  }
}

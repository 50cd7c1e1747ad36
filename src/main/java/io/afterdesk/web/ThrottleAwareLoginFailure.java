package io.afterdesk.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Where a failed form sign-in goes back to: the login page with {@code ?error}, or with {@code
 * ?throttled} when the sign-in was refused for too many wrong passwords.
 */
class ThrottleAwareLoginFailure implements AuthenticationFailureHandler {

  private final AuthenticationFailureHandler wrongPassword;
  private final AuthenticationFailureHandler throttled;

  ThrottleAwareLoginFailure(String loginPage) {
    this.wrongPassword = new SimpleUrlAuthenticationFailureHandler(loginPage + "?error");
    this.throttled = new SimpleUrlAuthenticationFailureHandler(loginPage + "?throttled");
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException, ServletException {
    (exception instanceof LoginThrottledException ? throttled : wrongPassword)
        .onAuthenticationFailure(request, response, exception);
  }
}

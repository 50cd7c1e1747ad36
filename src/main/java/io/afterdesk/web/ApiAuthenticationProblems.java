package io.afterdesk.web;

import io.afterdesk.common.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401, 403 and 429 (too many wrong passwords, with {@code Retry-After}) of the API as problem
 * details, not the HTML of the pages.
 */
class ApiAuthenticationProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final ProblemWriter problems;
  private final MessageSource messages;

  ApiAuthenticationProblems(ProblemWriter problems, MessageSource messages) {
    this.problems = problems;
    this.messages = messages;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof LoginThrottledException throttled) {
      long seconds = throttled.retryAfterSeconds();
      response.setHeader("Retry-After", String.valueOf(seconds));
      problems.write(
          response,
          429,
          "Too Many Requests",
          messages.getMessage(
              "login.throttled.api", new Object[] {seconds}, LocaleContextHolder.getLocale()));
      return;
    }
    response.setHeader("WWW-Authenticate", "Basic realm=\"Afterdesk\", Bearer");
    problems.write(response, 401, "Unauthorized", "Sign in with HTTP Basic or a bearer token");
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    problems.write(response, 403, "Forbidden", "Your role does not allow this");
  }
}

package io.afterdesk.web;

import io.afterdesk.common.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 of the API as problem details, not the HTML of the pages. */
class ApiAuthenticationProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final ProblemWriter problems;

  ApiAuthenticationProblems(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
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

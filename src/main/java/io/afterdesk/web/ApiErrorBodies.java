package io.afterdesk.web;

import io.afterdesk.common.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every error of {@code /api/**} is a problem document, also those that no controller advice
 * reaches because no controller was found: an unknown route (404), a wrong method (405), a wrong
 * content type (415) or an error that escaped everything else (500).
 */
@Component
@Order(-102)
class ApiErrorBodies extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(ApiErrorBodies.class);

  private final ProblemWriter problems;

  ApiErrorBodies(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, new ProblemOnError(response));
    } catch (IOException | ServletException | RuntimeException e) {
      // A request that only lacked a database connection is answered 503 by the outer filter.
      if (response.isCommitted() || ConnectionShortage.causes(e)) {
        throw e;
      }
      log.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
      response.reset();
      writeProblem(response, 500);
    }
  }

  private void writeProblem(HttpServletResponse response, int status) throws IOException {
    HttpStatus known = HttpStatus.resolve(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    String detail =
        switch (status) {
          case 404 -> "No such resource";
          case 405 -> "This method is not allowed here";
          case 406 -> "This resource is available as application/json";
          case 415 -> "Send the body as application/json";
          case 500 -> "The request could not be completed. Nothing was saved.";
          default -> title;
        };
    problems.write(response, status, title, detail);
  }

  /** Answers {@code sendError} with a problem document instead of the container's error page. */
  private final class ProblemOnError extends HttpServletResponseWrapper {

    ProblemOnError(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int status) throws IOException {
      sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if (isCommitted()) {
        super.sendError(status, message);
        return;
      }
      resetBuffer();
      writeProblem((HttpServletResponse) getResponse(), status);
      flushBuffer();
    }
  }
}

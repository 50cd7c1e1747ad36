package io.afterdesk.web;

import io.afterdesk.identity.Permissions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request with its method, path, status, duration and user as key-value pairs,
 * which structured logging ({@code logging.structured.format.console=logstash}) turns into fields.
 * It runs just inside the security filters, to know the user; requests that security turns away
 * (401, redirects to sign in) are logged by Spring Security at debug level.
 */
@Component
@Order(-99)
class RequestLog extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(RequestLog.class);

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long start = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      long millis = (System.nanoTime() - start) / 1_000_000;
      String signedIn = Permissions.signedInName();
      String user = signedIn == null ? "-" : signedIn;
      log.atInfo()
          .addKeyValue("method", request.getMethod())
          .addKeyValue("path", request.getRequestURI())
          .addKeyValue("status", response.getStatus())
          .addKeyValue("durationMs", millis)
          .addKeyValue("user", user)
          .log(
              "{} {} {} {}ms {}",
              request.getMethod(),
              request.getRequestURI(),
              response.getStatus(),
              millis,
              user);
    }
  }
}

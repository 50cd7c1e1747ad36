package io.afterdesk.web;

import io.afterdesk.common.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * The outermost filter: when a request fails only because no database connection was available in
 * time (anywhere — session lookup, sign-in, API token, idempotency key, the action itself), it
 * answers 503 with {@code Retry-After}: problem details for the API, a short page for people. It
 * runs before the session and security filters, so it needs no database itself.
 */
class ConnectionShortageFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(ConnectionShortageFilter.class);

  private final ProblemWriter problems;
  private final MessageSource messages;
  private final LocaleResolver locales;

  ConnectionShortageFilter(ProblemWriter problems, MessageSource messages, LocaleResolver locales) {
    this.problems = problems;
    this.messages = messages;
    this.locales = locales;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!ConnectionShortage.causes(e) || response.isCommitted()) {
        throw e;
      }
      log.warn(
          "No database connection for {} {}: {}",
          request.getMethod(),
          request.getRequestURI(),
          e.getMessage());
      answerBusy(request, response);
    }
  }

  private void answerBusy(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.resetBuffer();
    response.setHeader("Retry-After", Integer.toString(ConnectionShortage.RETRY_AFTER_SECONDS));
    Locale locale = locales.resolveLocale(request);
    String title = messages.getMessage("error.unavailable.title", null, locale);
    String detail = messages.getMessage("error.unavailable", null, locale);
    if (wantsProblem(request)) {
      problems.write(response, 503, title, detail);
      return;
    }
    response.setStatus(503);
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\""
                + HtmlUtils.htmlEscape(locale.getLanguage(), "UTF-8")
                + "\"><head><meta charset=\"utf-8\"><title>"
                + HtmlUtils.htmlEscape(title, "UTF-8")
                + "</title></head><body><main><h1>"
                + HtmlUtils.htmlEscape(title, "UTF-8")
                + "</h1><p>"
                + HtmlUtils.htmlEscape(detail, "UTF-8")
                + "</p></main></body></html>");
  }

  private static boolean wantsProblem(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
        || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/")
        || (accept != null && accept.contains("json") && !accept.contains("text/html"));
  }
}

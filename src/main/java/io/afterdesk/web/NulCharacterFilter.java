package io.afterdesk.web;

import io.afterdesk.common.web.ApiProblems.FieldProblem;
import io.afterdesk.common.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A NUL character cannot be stored by PostgreSQL and no user types one: a request parameter (query
 * or form field) holding one is refused before anything runs, as a 422 problem on the API and a 400
 * error page for pages. (JSON bodies are checked where they are read, see {@code RequestJson}.)
 */
@Component
@Order(-101)
class NulCharacterFilter extends OncePerRequestFilter {

  private final ProblemWriter problems;
  private final MessageSource messages;

  NulCharacterFilter(ProblemWriter problems, MessageSource messages) {
    this.problems = problems;
    this.messages = messages;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String field = fieldWithNul(request);
    if (field == null) {
      chain.doFilter(request, response);
      return;
    }
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Locale locale = request.getLocale();
    String message = messages.getMessage("common.text.nul", null, locale);
    problems.write(
        response,
        422,
        "Unprocessable Content",
        messages.getMessage("error.validation", null, locale),
        List.of(new FieldProblem(field, message)));
  }

  private static String fieldWithNul(HttpServletRequest request) {
    String query = request.getQueryString();
    boolean form =
        request.getContentType() != null
            && request.getContentType().startsWith("application/x-www-form-urlencoded");
    if (!form && (query == null || !query.contains("%00"))) {
      return null;
    }
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      if (parameter.getKey().indexOf('\u0000') >= 0) {
        return "";
      }
      for (String value : parameter.getValue()) {
        if (value != null && value.indexOf('\u0000') >= 0) {
          return parameter.getKey();
        }
      }
    }
    return null;
  }
}

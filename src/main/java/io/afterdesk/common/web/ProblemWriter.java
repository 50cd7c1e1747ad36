package io.afterdesk.common.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem document from a servlet filter, where no controller advice reaches. */
@Component
public class ProblemWriter {

  private final JsonMapper json;

  ProblemWriter(JsonMapper json) {
    this.json = json;
  }

  public void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    write(response, status, title, detail, List.of());
  }

  /** A problem with its refused fields ({@code errors: [{field, message}]}), as a 422 has. */
  public void write(
      HttpServletResponse response,
      int status,
      String title,
      String detail,
      List<ApiProblems.FieldProblem> errors)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    if (!errors.isEmpty()) {
      problem.put("errors", errors);
    }
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(json.writeValueAsString(problem));
  }
}

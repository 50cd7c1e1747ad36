package io.afterdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every door sends a Content-Security-Policy and a Referrer-Policy; Swagger UI its own policy. */
class SecurityHeadersIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void pagesAllowScriptsAndStylesheetsFromThisOriginOnly() throws Exception {
    for (String path : new String[] {"/login", "/my/login", "/helpdesk/tickets"}) {
      HttpResponse<String> response = get(path);
      String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp)
          .as(path)
          .contains("default-src 'self'")
          .contains("script-src 'self';")
          .contains("style-src 'self';")
          .contains("frame-ancestors 'none'")
          .contains("object-src 'none'")
          .doesNotContain("unsafe-eval");
      assertThat(csp.replace("style-src-attr 'unsafe-inline'", ""))
          .as("only style attributes may be inline")
          .doesNotContain("unsafe-inline");
      assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
      assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
  }

  @Test
  void theApiAndSwaggerUiHaveTheirOwnPolicies() throws Exception {
    HttpResponse<String> api = get("/api/v1/tickets");
    assertThat(api.headers().firstValue("Content-Security-Policy"))
        .contains("default-src 'none'; frame-ancestors 'none'");
    assertThat(api.headers().firstValue("Referrer-Policy")).contains("same-origin");

    HttpResponse<String> swagger = get("/swagger-ui/index.html");
    assertThat(swagger.statusCode()).isEqualTo(200);
    assertThat(swagger.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("script-src 'self';")
        .contains("style-src 'self' 'unsafe-inline'");
  }

  @Test
  void thePagesCarryNoInlineScriptNorInlineEventHandler() throws Exception {
    String login = get("/login").body();
    assertThat(login).doesNotContainPattern("<script(?![^>]*\\ssrc=)");
    assertThat(login).doesNotContainPattern("\\son[a-z]+=");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

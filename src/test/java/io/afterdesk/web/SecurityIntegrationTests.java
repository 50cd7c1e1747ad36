package io.afterdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The three doors: staff pages, the portal and the API each turn strangers away their own way. */
class SecurityIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aStaffPageSendsAStrangerToTheStaffLogin() throws Exception {
    HttpResponse<String> response = get("/helpdesk/tickets");
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
  }

  @Test
  void aPortalPageSendsAStrangerToThePortalLogin() throws Exception {
    HttpResponse<String> response = get("/my");
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/my/login"));
  }

  @Test
  void theApiAnswersAStrangerWithAProblem() throws Exception {
    HttpResponse<String> response = get("/api/v1/tickets");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"status\":401");
  }

  @Test
  void theLoginPagesAreOpen() throws Exception {
    assertThat(get("/login").statusCode()).isEqualTo(200);
    assertThat(get("/my/login").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health").body()).contains("UP");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}

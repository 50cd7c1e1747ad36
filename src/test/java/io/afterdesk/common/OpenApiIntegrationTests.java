package io.afterdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.identity.IdentityIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The API describes itself: the OpenAPI document and Swagger UI are public. */
class OpenApiIntegrationTests extends IdentityIntegrationTest {

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theOpenApiDocumentListsTheUsersApi() throws Exception {
    HttpResponse<String> response = get("/v3/api-docs");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).contains("json"));
    assertThat(response.body()).contains("\"/api/v1/users\"", "\"/api/v1/users/{id}\"");
  }

  @Test
  void swaggerUiIsReachableWithoutSigningIn() throws Exception {
    HttpResponse<String> response = get("/swagger-ui.html");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.uri().getPath()).doesNotEndWith("/login");
    assertThat(response.body()).containsIgnoringCase("swagger");
  }
}

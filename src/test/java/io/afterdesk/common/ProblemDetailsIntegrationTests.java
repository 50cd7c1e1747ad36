package io.afterdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.identity.IdentityIntegrationTest;
import io.afterdesk.identity.Role;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every API error is an RFC 9457 problem with type, title, status and detail. */
class ProblemDetailsIntegrationTests extends IdentityIntegrationTest {

  private static void assertProblem(ApiResponse response, int status) {
    assertThat(response.status()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = response.json();
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank();
    assertThat(problem.get("type").asText()).isEqualTo("about:blank");
  }

  @Test
  void anUnknownIdIs404() {
    ApiResponse response = as(newUser(Role.ADMIN)).get("/api/v1/users/999999999");
    assertProblem(response, 404);
    assertThat(response.json().get("title").asText()).isEqualTo("Not Found");
  }

  @Test
  void aRefusedRuleIs409() {
    var admin = newUser(Role.ADMIN);
    ApiResponse response = as(admin).patch("/api/v1/users/" + admin.id(), Map.of("active", false));
    assertProblem(response, 409);
    assertThat(response.json().get("title").asText()).isEqualTo("Conflict");
  }

  @Test
  void invalidFieldsAre422WithTheirErrors() {
    ApiResponse response =
        as(newUser(Role.ADMIN)).post("/api/v1/users", Map.of("login", "", "role", "AGENT"));
    assertProblem(response, 422);
    JsonNode errors = response.json().get("errors");
    assertThat(errors.isArray()).isTrue();
    for (JsonNode error : errors) {
      assertThat(error.get("field").asText()).isNotBlank();
      assertThat(error.get("message").asText()).isNotBlank();
    }
    assertThat(errors.findValuesAsString("field")).contains("login", "name", "password");
  }

  @Test
  void aMalformedBodyIs400() {
    ApiResponse response = as(newUser(Role.ADMIN)).post("/api/v1/users", "{\"login\": ");
    assertProblem(response, 400);
  }

  @Test
  void anUnknownEnumValueIs400Or422NotA500() {
    ApiResponse response =
        as(newUser(Role.ADMIN))
            .post("/api/v1/users", Map.of("login", "enum-" + unique(), "role", "KING"));
    assertThat(response.status()).isIn(400, 422);
  }

  @Test
  void aWrongIdTypeIs400() {
    assertProblem(as(newUser(Role.ADMIN)).get("/api/v1/users/not-a-number"), 400);
  }

  @Test
  void forbiddenAndUnauthorizedAreProblems() {
    ApiClient agent = as(newUser(Role.AGENT));
    ApiResponse forbidden = agent.get("/api/v1/users");
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.json().get("status").asInt()).isEqualTo(403);
    ApiResponse unauthorized = api().get("/api/v1/users/me");
    assertThat(unauthorized.status()).isEqualTo(401);
    assertThat(unauthorized.json().get("status").asInt()).isEqualTo(401);
  }

  @Test
  void listsAnswerWithThePageShape() {
    JsonNode page =
        as(newUser(Role.ADMIN)).get("/api/v1/users?page=0&size=2&sort=login,desc").json();
    assertThat(page.get("items").isArray()).isTrue();
    assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
    assertThat(page.get("page").asInt()).isZero();
    assertThat(page.get("size").asInt()).isEqualTo(2);
    assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(1);
    if (page.get("items").size() == 2) {
      assertThat(page.get("items").get(0).get("login").asText())
          .isGreaterThan(page.get("items").get(1).get("login").asText());
    }
  }
}

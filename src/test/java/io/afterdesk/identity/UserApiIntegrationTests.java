package io.afterdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.support.ApiClient.ApiResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/users}: admins manage staff users; everyone else is refused. */
class UserApiIntegrationTests extends IdentityIntegrationTest {

  private Map<String, Object> newUserBody(String login) {
    Map<String, Object> body = new HashMap<>();
    body.put("login", login);
    body.put("name", "Nguyễn Văn " + login);
    body.put("email", login + "@test.example");
    body.put("password", "long-enough-1");
    body.put("role", "AGENT");
    body.put("teamIds", List.of(TEAM_A));
    return body;
  }

  @Test
  void anAdminCreatesListsReadsAndPatchesAUser() {
    UserSummary admin = newUser(Role.ADMIN);
    String login = "api-" + unique();

    ApiResponse created = as(admin).post("/api/v1/users", newUserBody(login));
    assertThat(created.status()).isEqualTo(201);
    JsonNode user = created.json();
    long id = user.get("id").asLong();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/users/" + id);
    assertThat(user.get("login").asText()).isEqualTo(login);
    assertThat(user.get("role").asText()).isEqualTo("AGENT");
    assertThat(user.get("teamIds").get(0).asLong()).isEqualTo(TEAM_A);
    assertThat(user.get("active").asBoolean()).isTrue();
    assertThat(user.has("password")).isFalse();
    assertThat(user.has("passwordHash")).isFalse();

    JsonNode list = as(admin).get("/api/v1/users?q=" + login).json();
    assertThat(list.get("total").asLong()).isEqualTo(1);
    assertThat(list.get("page").asInt()).isZero();
    assertThat(list.get("size").asInt()).isEqualTo(50);
    assertThat(list.get("items").get(0).get("id").asLong()).isEqualTo(id);

    ApiResponse patched =
        as(admin)
            .patch(
                "/api/v1/users/" + id,
                Map.of("name", "Renamed", "role", "MANAGER", "teamIds", List.of(TEAM_A, TEAM_B)));
    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.json().get("name").asText()).isEqualTo("Renamed");
    assertThat(patched.json().get("role").asText()).isEqualTo("MANAGER");
    assertThat(patched.json().get("email").asText()).isEqualTo(login + "@test.example");

    JsonNode read = as(admin).get("/api/v1/users/" + id).json();
    assertThat(read.get("name").asText()).isEqualTo("Renamed");
    assertThat(read.get("teamIds")).hasSize(2);

    // The new user signs in with the password given at creation.
    assertThat(api().as(login, "long-enough-1").get("/api/v1/users/me").status()).isEqualTo(200);
  }

  @Test
  void theListFiltersByRoleAndStatus() {
    UserSummary admin = newUser(Role.ADMIN);
    UserSummary manager = newUser(Role.MANAGER);
    userManagement.deactivate(manager.id());

    JsonNode inactiveManagers =
        as(admin).get("/api/v1/users?role=MANAGER&active=false&size=500").json();
    assertThat(inactiveManagers.get("items").findValuesAsString("login"))
        .contains(manager.login())
        .doesNotContain(admin.login());
  }

  @Test
  void anAgentOrAManagerIsForbidden() {
    for (Role role : List.of(Role.AGENT, Role.MANAGER)) {
      UserSummary caller = newUser(role);
      String login = "forbidden-" + unique();
      ApiResponse response = as(caller).post("/api/v1/users", newUserBody(login));
      assertThat(response.status()).isEqualTo(403);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(response.json().get("status").asInt()).isEqualTo(403);
      assertThat(response.json().get("title").asText()).isEqualTo("Forbidden");
      assertThat(userManagement.findByLogin(login)).isEmpty();

      assertThat(as(caller).get("/api/v1/users").status()).isEqualTo(403);
      assertThat(as(caller).get("/api/v1/users/" + caller.id()).status()).isEqualTo(403);
      // Even an invalid body is refused for the role first, not judged.
      assertThat(as(caller).post("/api/v1/users", Map.of()).status()).isEqualTo(403);
    }
  }

  @Test
  void anyStaffUserAsksWhoTheyAre() {
    UserSummary agent = newUser(Role.AGENT);
    userManagement.update(
        agent.id(), new UserChanges(null, null, null, java.util.Set.of(TEAM_B), null, null));
    ApiResponse me = as(agent).get("/api/v1/users/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("id").asLong()).isEqualTo(agent.id());
    assertThat(me.json().get("login").asText()).isEqualTo(agent.login());
    assertThat(me.json().get("role").asText()).isEqualTo("AGENT");
    assertThat(me.json().get("teamIds").get(0).asLong()).isEqualTo(TEAM_B);
  }

  @Test
  void withoutCredentialsTheAnswerIs401() {
    ApiResponse response = api().get("/api/v1/users");
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.json().get("status").asInt()).isEqualTo(401);
    assertThat(api().as("nobody-" + unique(), "wrong-password").get("/api/v1/users").status())
        .isEqualTo(401);
  }

  @Test
  void badInputIs422WithFieldErrorsAndWritesNothing() {
    UserSummary admin = newUser(Role.ADMIN);
    Map<String, Object> body = newUserBody("Bad Login!");
    body.put("password", "short");
    body.put("email", "not-an-email");
    body.put("name", " ");
    ApiResponse response = as(admin).post("/api/v1/users", body);

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = response.json();
    assertThat(problem.get("status").asInt()).isEqualTo(422);
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("errors").findValuesAsString("field"))
        .contains("login", "password", "email", "name");
    assertThat(problem.get("errors").findValuesAsString("message"))
        .contains(
            "A login may only contain a-z, 0-9, dot, dash and underscore.",
            "A password has at least 8 characters (at most 200).",
            "Enter a valid email address.");
    assertThat(userManagement.findByLogin("Bad Login!")).isEmpty();
  }

  @Test
  void aTooShortLoginAndAMissingRoleAreRefused() {
    UserSummary admin = newUser(Role.ADMIN);
    Map<String, Object> body = newUserBody("ab");
    body.remove("role");
    ApiResponse response = as(admin).post("/api/v1/users", body);
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().get("errors").findValuesAsString("field")).contains("login", "role");
    assertThat(userManagement.findByLogin("ab")).isEmpty();
  }

  @Test
  void messagesAreInVietnameseWhenAsked() throws Exception {
    UserSummary admin = newUser(Role.ADMIN);
    java.net.http.HttpResponse<String> response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/users"))
                    .header("Content-Type", "application/json")
                    .header("Accept-Language", "vi")
                    .header(
                        "Authorization",
                        "Basic "
                            + java.util.Base64.getEncoder()
                                .encodeToString((admin.login() + ":" + PASSWORD).getBytes()))
                    .POST(
                        java.net.http.HttpRequest.BodyPublishers.ofString(
                            io.afterdesk.support.ApiClient.toJson(newUserBody("x"))))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("Tên đăng nhập dài từ 3 đến 50 ký tự.");
  }

  @Test
  void aDuplicateLoginIs422() {
    UserSummary admin = newUser(Role.ADMIN);
    UserSummary existing = newUser(Role.AGENT);
    ApiResponse response = as(admin).post("/api/v1/users", newUserBody(existing.login()));
    assertThat(response.status()).isEqualTo(422);
    JsonNode error = response.json().get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("login");
    assertThat(error.get("message").asText())
        .isEqualTo("The login " + existing.login() + " is already taken.");
    assertThat(userManagement.get(existing.id()).name()).isEqualTo(existing.name());
  }

  @Test
  void anUnknownTeamIs422AndWritesNothing() {
    UserSummary admin = newUser(Role.ADMIN);
    String login = "team-" + unique();
    Map<String, Object> body = newUserBody(login);
    body.put("teamIds", List.of(TEAM_A, 123_456_789L));
    ApiResponse response = as(admin).post("/api/v1/users", body);
    assertThat(response.status()).isEqualTo(422);
    JsonNode error = response.json().get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("teamIds");
    assertThat(error.get("message").asText()).isEqualTo("Unknown team: 123456789.");
    assertThat(userManagement.findByLogin(login)).isEmpty();

    UserSummary agent = newUser(Role.AGENT);
    ApiResponse patch =
        as(admin).patch("/api/v1/users/" + agent.id(), Map.of("teamIds", List.of(42_424_242L)));
    assertThat(patch.status()).isEqualTo(422);
    assertThat(userManagement.get(agent.id()).teamIds()).isEmpty();
  }

  @Test
  void theLoginCannotChangeAndAPatchWithErrorsWritesNothing() {
    UserSummary admin = newUser(Role.ADMIN);
    UserSummary agent = newUser(Role.AGENT);
    ApiResponse response =
        as(admin)
            .patch(
                "/api/v1/users/" + agent.id(), Map.of("login", "other-" + unique(), "name", "X"));
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("login");
    assertThat(userManagement.get(agent.id()).name()).isEqualTo(agent.name());

    ApiResponse shortPassword =
        as(admin).patch("/api/v1/users/" + agent.id(), Map.of("name", "Y", "password", "short"));
    assertThat(shortPassword.status()).isEqualTo(422);
    assertThat(userManagement.get(agent.id()).name()).isEqualTo(agent.name());
  }

  @Test
  void aPatchSetsANewPassword() {
    UserSummary admin = newUser(Role.ADMIN);
    UserSummary agent = newUser(Role.AGENT);
    assertThat(
            as(admin)
                .patch("/api/v1/users/" + agent.id(), Map.of("password", "brand-new-password"))
                .status())
        .isEqualTo(200);
    assertThat(as(agent).get("/api/v1/users/me").status()).isEqualTo(401);
    assertThat(api().as(agent.login(), "brand-new-password").get("/api/v1/users/me").status())
        .isEqualTo(200);
  }

  @Test
  void anAdminCannotDeactivateOrDemoteThemselves() {
    UserSummary admin = newUser(Role.ADMIN);
    ApiResponse deactivate =
        as(admin).patch("/api/v1/users/" + admin.id(), Map.of("active", false));
    assertThat(deactivate.status()).isEqualTo(409);
    assertThat(deactivate.json().get("detail").asText())
        .isEqualTo("You cannot deactivate yourself: another admin must do it.");

    ApiResponse demote = as(admin).patch("/api/v1/users/" + admin.id(), Map.of("role", "AGENT"));
    assertThat(demote.status()).isEqualTo(409);
    assertThat(demote.json().get("detail").asText())
        .isEqualTo("You cannot remove your own admin role: another admin must do it.");

    UserSummary stored = userManagement.get(admin.id());
    assertThat(stored.active()).isTrue();
    assertThat(stored.role()).isEqualTo(Role.ADMIN);

    // Another admin may.
    UserSummary other = newUser(Role.ADMIN);
    assertThat(as(other).patch("/api/v1/users/" + admin.id(), Map.of("active", false)).status())
        .isEqualTo(200);
    assertThat(as(admin).get("/api/v1/users/me").status()).isEqualTo(401);
  }
}

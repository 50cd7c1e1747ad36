package io.afterdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.support.ApiClient.ApiResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** API tokens: issued by an admin, shown once, accepted as bearer tokens until revoked. */
class ApiTokenIntegrationTests extends IdentityIntegrationTest {

  @Test
  void aCreatedTokenAuthenticatesUntilItIsRevoked() {
    UserSummary admin = newUser(Role.ADMIN);
    UserSummary agent = newUser(Role.AGENT);

    ApiResponse issued =
        as(admin).post("/api/v1/users/" + agent.id() + "/api-tokens", Map.of("name", "CI"));
    assertThat(issued.status()).isEqualTo(201);
    long tokenId = issued.json().get("id").asLong();
    String token = issued.json().get("token").asText();
    assertThat(issued.json().get("name").asText()).isEqualTo("CI");
    assertThat(token).startsWith("adk_");

    ApiResponse me = api().withToken(token).get("/api/v1/users/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("login").asText()).isEqualTo(agent.login());

    JsonNode listed = as(admin).get("/api/v1/users/" + agent.id() + "/api-tokens").json();
    JsonNode first = listed.get("items").get(0);
    assertThat(first.get("id").asLong()).isEqualTo(tokenId);
    assertThat(first.get("name").asText()).isEqualTo("CI");
    assertThat(first.get("lastUsedAt")).isNotNull();
    assertThat(first.has("token")).isFalse();
    assertThat(first.has("revokedAt")).isFalse();

    assertThat(as(admin).delete("/api/v1/users/" + agent.id() + "/api-tokens/" + tokenId).status())
        .isEqualTo(204);
    ApiResponse afterRevoke = api().withToken(token).get("/api/v1/users/me");
    assertThat(afterRevoke.status()).isEqualTo(401);
    assertThat(afterRevoke.json().get("status").asInt()).isEqualTo(401);
    JsonNode revoked =
        as(admin).get("/api/v1/users/" + agent.id() + "/api-tokens").json().get("items").get(0);
    assertThat(revoked.get("revokedAt")).isNotNull();
  }

  @Test
  void aTokenIsRevokedByPostToo() {
    UserSummary admin = newUser(Role.ADMIN);
    UserSummary agent = newUser(Role.AGENT);
    JsonNode issued =
        as(admin)
            .post("/api/v1/users/" + agent.id() + "/api-tokens", Map.of("name", "script"))
            .json();
    String path = "/api/v1/users/" + agent.id() + "/api-tokens/" + issued.get("id").asLong();
    assertThat(as(admin).post(path + "/revoke", Map.of()).status()).isEqualTo(204);
    assertThat(api().withToken(issued.get("token").asText()).get("/api/v1/users/me").status())
        .isEqualTo(401);
  }

  @Test
  void anUnknownTokenOrAnotherUsersTokenIs404() {
    UserSummary admin = newUser(Role.ADMIN);
    UserSummary agent = newUser(Role.AGENT);
    UserSummary other = newUser(Role.AGENT);
    long tokenOfOther = apiTokens.issueToken(other.id(), "theirs").id();
    ApiResponse response =
        as(admin).delete("/api/v1/users/" + agent.id() + "/api-tokens/" + tokenOfOther);
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("status").asInt()).isEqualTo(404);
    assertThat(apiTokens.tokensOf(other.id()).get(0).revoked()).isFalse();
  }

  @Test
  void aTokenNeedsAName() {
    UserSummary admin = newUser(Role.ADMIN);
    ApiResponse response =
        as(admin).post("/api/v1/users/" + admin.id() + "/api-tokens", Map.of("name", " "));
    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("name");
    assertThat(apiTokens.tokensOf(admin.id())).isEmpty();
  }

  @Test
  void anAgentCannotIssueTokens() {
    UserSummary agent = newUser(Role.AGENT);
    ApiResponse response =
        as(agent).post("/api/v1/users/" + agent.id() + "/api-tokens", Map.of("name", "mine"));
    assertThat(response.status()).isEqualTo(403);
    assertThat(apiTokens.tokensOf(agent.id())).isEmpty();
  }

  @Test
  void aDeactivatedUserIsRefusedWithPasswordAndToken() {
    UserSummary agent = newUser(Role.AGENT);
    String token = apiTokens.issueToken(agent.id(), "before").token();
    assertThat(as(agent).get("/api/v1/users/me").status()).isEqualTo(200);
    assertThat(api().withToken(token).get("/api/v1/users/me").status()).isEqualTo(200);

    userManagement.deactivate(agent.id());

    assertThat(as(agent).get("/api/v1/users/me").status()).isEqualTo(401);
    assertThat(api().withToken(token).get("/api/v1/users/me").status()).isEqualTo(401);

    userManagement.activate(agent.id());
    assertThat(as(agent).get("/api/v1/users/me").status()).isEqualTo(200);
    assertThat(api().withToken(token).get("/api/v1/users/me").status()).isEqualTo(200);
  }
}

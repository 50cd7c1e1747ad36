package io.afterdesk.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Teams over the API: admins configure them, members are kept by identity, stages by order. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamApiIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired UserManagement users;
  @Autowired Teams teams;
  @Autowired JdbcClient jdbc;

  HelpdeskFixtures fixtures;
  UserSummary admin;
  UserSummary agent;
  ApiClient asAdmin;
  ApiClient asAgent;
  ApiClient asManager;

  @BeforeAll
  void setUp() {
    fixtures = new HelpdeskFixtures(context);
    admin = fixtures.user("admin", Role.ADMIN);
    agent = fixtures.user("agent", Role.AGENT);
    UserSummary manager = fixtures.user("manager", Role.MANAGER);
    ApiClient api = ApiClient.at(port);
    asAdmin = api.as(admin.login(), HelpdeskFixtures.PASSWORD);
    asAgent = api.as(agent.login(), HelpdeskFixtures.PASSWORD);
    asManager = api.as(manager.login(), HelpdeskFixtures.PASSWORD);
  }

  @Test
  void anAdminCreatesATeamWithDefaultStagesMembersAndSwitches() {
    ApiResponse created =
        asAdmin.post(
            "/api/v1/teams",
            Map.of(
                "name",
                "Returns desk " + fixtures.suffix,
                "memberIds",
                List.of(agent.id()),
                "afterSales",
                Map.of("refunds", true, "returns", true),
                "fieldServiceProjectId",
                42));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode team = created.json();
    long id = team.get("id").asLong();

    assertThat(names(team)).containsExactly("New", "In Progress", "Solved", "Cancelled");
    List<Boolean> closing = new ArrayList<>();
    team.get("stages").forEach(stage -> closing.add(stage.get("closing").asBoolean()));
    assertThat(closing).containsExactly(false, false, true, true);
    assertThat(team.get("afterSales").get("refunds").asBoolean()).isTrue();
    assertThat(team.get("afterSales").get("coupons").asBoolean()).isFalse();
    assertThat(team.get("fieldServiceProjectId").asLong()).isEqualTo(42);
    assertThat(team.get("memberIds").get(0).asLong()).isEqualTo(agent.id());
    assertThat(users.get(agent.id()).teamIds()).contains(id);
    assertThat(asAgent.get("/api/v1/teams/" + id).status()).isEqualTo(200);
  }

  @Test
  void onlyAdminsCreateAndChangeTeams() {
    Map<String, Object> body = Map.of("name", "Forbidden " + fixtures.suffix);
    assertThat(asAgent.post("/api/v1/teams", body).status()).isEqualTo(403);
    assertThat(asManager.post("/api/v1/teams", body).status()).isEqualTo(403);
    long id = asAdmin.post("/api/v1/teams", body).json().get("id").asLong();
    assertThat(asAgent.patch("/api/v1/teams/" + id, Map.of("name", "x")).status()).isEqualTo(403);
    assertThat(asAdmin.post("/api/v1/teams", body).status()).as("names are unique").isEqualTo(422);
    assertThat(asAdmin.post("/api/v1/teams", Map.of("name", " ")).status()).isEqualTo(422);
  }

  @Test
  void stagesAreRenamedAddedReorderedAndAnUnusedOneRemoved() {
    JsonNode team =
        asAdmin.post("/api/v1/teams", Map.of("name", "Stages " + fixtures.suffix)).json();
    long id = team.get("id").asLong();
    JsonNode stages = team.get("stages");
    long newStage = stages.get(0).get("id").asLong();
    long inProgress = stages.get(1).get("id").asLong();
    long solved = stages.get(2).get("id").asLong();
    long cancelled = stages.get(3).get("id").asLong();

    ApiResponse patched =
        asAdmin.patch(
            "/api/v1/teams/" + id,
            Map.of(
                "stages",
                List.of(
                    Map.of("id", newStage, "name", "Open", "sequence", 1, "closing", false),
                    Map.of("name", "Waiting", "sequence", 2, "closing", false),
                    Map.of("id", inProgress, "name", "In Progress", "sequence", 3),
                    Map.of("id", solved, "name", "Done", "sequence", 4, "closing", true))));
    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    assertThat(names(patched.json())).containsExactly("Open", "Waiting", "In Progress", "Done");
    assertThat(patched.json().get("stages").get(0).get("id").asLong()).isEqualTo(newStage);
    assertThat(patched.json().get("stages").get(3).get("id").asLong()).isEqualTo(solved);
    assertThat(patched.json().get("stages").get(3).get("sequence").asInt()).isEqualTo(4);
    assertThat(cancelled).isNotIn(stageIds(patched.json()));

    Map<String, Object> ticket = TicketApiIntegrationTests.ticket("Staged " + fixtures.suffix, id);
    ticket.put("stageId", solved);
    JsonNode created = asAdmin.post("/api/v1/tickets", ticket).json();
    assertThat(created.get("stage").asString()).isEqualTo("Done");
    assertThat(created.has("closedAt")).isTrue();

    ApiResponse removeUsed =
        asAdmin.patch(
            "/api/v1/teams/" + id,
            Map.of("stages", List.of(Map.of("id", newStage, "name", "Open", "sequence", 1))));
    assertThat(removeUsed.status()).isEqualTo(409);
    assertThat(names(asAdmin.get("/api/v1/teams/" + id).json()))
        .containsExactly("Open", "Waiting", "In Progress", "Done");
  }

  @Test
  void theListAnswersThePageShape() {
    asAdmin.post("/api/v1/teams", Map.of("name", "Listed " + fixtures.suffix));
    JsonNode list = asAgent.get("/api/v1/teams").json();
    assertThat(list.get("total").asLong()).isPositive();
    List<String> names = new ArrayList<>();
    list.get("items").forEach(team -> names.add(team.get("name").asString()));
    assertThat(names).contains("Listed " + fixtures.suffix);
  }

  @Test
  void tagNamesAreUniqueRegardlessOfCase() {
    String name = "Fragile " + fixtures.suffix;
    ApiResponse created = asAgent.post("/api/v1/ticket-tags", Map.of("name", name));
    assertThat(created.status()).isEqualTo(201);
    ApiResponse again = asAgent.post("/api/v1/ticket-tags", Map.of("name", name.toUpperCase()));
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.body()).contains("Tag name already exists!");
    assertThat(asAgent.get("/api/v1/ticket-tags").body()).contains(name);
  }

  private static List<String> names(JsonNode team) {
    List<String> names = new ArrayList<>();
    team.get("stages").forEach(stage -> names.add(stage.get("name").asString()));
    return names;
  }

  private static List<Long> stageIds(JsonNode team) {
    List<Long> ids = new ArrayList<>();
    team.get("stages").forEach(stage -> ids.add(stage.get("id").asLong()));
    return ids;
  }
}

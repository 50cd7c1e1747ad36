package io.afterdesk.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Tickets over the API: references, team visibility, filters, validation and the chatter. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketApiIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  HelpdeskFixtures fixtures;
  UserSummary agentA;
  UserSummary agentB;
  UserSummary manager;
  TeamView teamA;
  TeamView teamB;
  ApiClient asAgentA;
  ApiClient asAgentB;
  ApiClient asManager;

  @BeforeAll
  void setUp() {
    fixtures = new HelpdeskFixtures(context);
    agentA = fixtures.user("agent-a", Role.AGENT);
    agentB = fixtures.user("agent-b", Role.AGENT);
    manager = fixtures.user("manager", Role.MANAGER);
    teamA = fixtures.team("Team A", agentA);
    teamB = fixtures.team("Team B", agentB);
    ApiClient api = ApiClient.at(port);
    asAgentA = api.as(agentA.login(), HelpdeskFixtures.PASSWORD);
    asAgentB = api.as(agentB.login(), HelpdeskFixtures.PASSWORD);
    asManager = api.as(manager.login(), HelpdeskFixtures.PASSWORD);
  }

  @Test
  void referencesAreSequentialAndUniqueWhenTenTicketsAreCreatedAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Callable<ApiResponse>> calls = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        String subject = "Concurrent " + fixtures.suffix + " " + i;
        calls.add(() -> asAgentA.post("/api/v1/tickets", ticket(subject, teamA.id())));
      }
      List<Integer> numbers = new ArrayList<>();
      for (Future<ApiResponse> future : pool.invokeAll(calls)) {
        ApiResponse response = future.get();
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String reference = response.json().get("reference").asString();
        assertThat(reference).matches("#\\d{5,}");
        numbers.add(Integer.parseInt(reference.substring(1)));
      }
      assertThat(numbers).doesNotHaveDuplicates();
      int min = numbers.stream().min(Integer::compare).orElseThrow();
      int max = numbers.stream().max(Integer::compare).orElseThrow();
      assertThat(max - min).as("no gaps among the ten").isEqualTo(9);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anAgentOfAnotherTeamGets404AndAManagerSeesBoth() {
    long ticketA = created(asAgentA, "Visible to A " + fixtures.suffix, teamA.id());
    long ticketB = created(asAgentB, "Visible to B " + fixtures.suffix, teamB.id());

    assertThat(asAgentA.get("/api/v1/tickets/" + ticketB).status()).isEqualTo(404);
    assertThat(asAgentA.patch("/api/v1/tickets/" + ticketB, Map.of("priority", 2)).status())
        .isEqualTo(404);
    assertThat(asAgentA.get("/api/v1/tickets/" + ticketB + "/messages").status()).isEqualTo(404);
    assertThat(asAgentB.get("/api/v1/tickets/" + ticketA).status()).isEqualTo(404);
    assertThat(asAgentB.get("/api/v1/tickets/" + ticketB).json().get("priority").asInt()).isZero();

    assertThat(asManager.get("/api/v1/tickets/" + ticketA).status()).isEqualTo(200);
    assertThat(asManager.get("/api/v1/tickets/" + ticketB).status()).isEqualTo(200);

    JsonNode listOfA = asAgentA.get("/api/v1/tickets?q=Visible+to&size=500").json();
    assertThat(ids(listOfA)).contains(ticketA).doesNotContain(ticketB);
    JsonNode listOfManager =
        asManager.get("/api/v1/tickets?q=" + fixtures.suffix + "&size=500").json();
    assertThat(ids(listOfManager)).contains(ticketA, ticketB);

    WebSession page = WebSession.staff(port, agentA.login(), HelpdeskFixtures.PASSWORD);
    assertThat(page.get("/helpdesk/tickets/" + ticketB).statusCode()).isEqualTo(404);
    assertThat(page.get("/helpdesk/tickets/" + ticketA).statusCode()).isEqualTo(200);
  }

  @Test
  void aNewTicketStartsAtTheFirstStageAndAnswersEveryField() {
    ApiResponse response =
        asAgentA.post("/api/v1/tickets", ticket("Fields " + fixtures.suffix, teamA.id()));
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).isPresent();
    JsonNode json = response.json();
    assertThat(json.get("stageId").asLong()).isEqualTo(teamA.firstStage().id());
    assertThat(json.get("stage").asString()).isEqualTo("New");
    assertThat(json.get("teamId").asLong()).isEqualTo(teamA.id());
    assertThat(json.get("smartButtons").get("creditNotes").asLong()).isZero();
    assertThat(json.get("smartButtons").get("tasks").asLong()).isZero();
    assertThat(json.get("afterSalesCost").get("amount").asString()).isEqualTo("0.00");
    assertThat(json.has("closedAt")).isFalse();
  }

  @Test
  void listFiltersAndSearch() {
    String marker = "Filterable " + fixtures.suffix;
    long open = created(asManager, marker + " open", teamA.id());
    long assigned = created(asManager, marker + " assigned", teamB.id());
    long solved = created(asManager, marker + " solved", teamB.id());
    asManager.post("/api/v1/tickets/" + assigned + "/assign-to-me", Map.of());
    long solvedStage = teamB.stages().get(2).id();
    assertThat(
            asManager
                .patch("/api/v1/tickets/" + solved, Map.of("stageId", solvedStage))
                .json()
                .has("closedAt"))
        .isTrue();

    String q = "&q=" + marker.replace(" ", "+") + "&size=500";
    assertThat(ids(asManager.get("/api/v1/tickets?teamId=" + teamA.id() + q).json()))
        .containsExactly(open);
    assertThat(ids(asManager.get("/api/v1/tickets?stageId=" + solvedStage + q).json()))
        .containsExactly(solved);
    assertThat(ids(asManager.get("/api/v1/tickets?assigneeId=" + manager.id() + q).json()))
        .containsExactly(assigned);
    assertThat(ids(asManager.get("/api/v1/tickets?mine=true" + q).json()))
        .containsExactly(assigned);
    assertThat(ids(asManager.get("/api/v1/tickets?unassigned=true" + q).json()))
        .containsExactlyInAnyOrder(open, solved);
    assertThat(ids(asManager.get("/api/v1/tickets?open=false" + q).json())).containsExactly(solved);
    JsonNode sorted = asManager.get("/api/v1/tickets?sort=reference,asc" + q).json();
    assertThat(ids(sorted)).containsExactly(open, assigned, solved);
    assertThat(sorted.get("total").asLong()).isEqualTo(3);
    JsonNode paged = asManager.get("/api/v1/tickets?sort=reference,asc&size=2&page=1" + q).json();
    // size given twice: the later one (500) wins in Spring's binding? keep the page check simple
    assertThat(paged.get("page").asInt()).isEqualTo(1);

    String reference = asManager.get("/api/v1/tickets/" + open).json().get("reference").asString();
    assertThat(ids(asManager.get("/api/v1/tickets?q=" + reference.substring(1)).json()))
        .contains(open);
  }

  @Test
  void badInputIs422AndWritesNothing() {
    long untracked = fixtures.product("Kettle", "NONE");
    long tracked = fixtures.product("Drill", "SERIAL");
    long otherTracked = fixtures.product("Saw", "SERIAL");
    long serialOfSaw = fixtures.lot(otherTracked, "SN-" + fixtures.suffix);
    String subject = "Refused " + fixtures.suffix;

    Map<String, Object> lotOfUntracked = ticket(subject, teamA.id());
    lotOfUntracked.put("productId", untracked);
    lotOfUntracked.put("lotId", serialOfSaw);
    Map<String, Object> lotOfOther = ticket(subject, teamA.id());
    lotOfOther.put("productId", tracked);
    lotOfOther.put("lotId", serialOfSaw);
    Map<String, Object> badPriority = ticket(subject, teamA.id());
    badPriority.put("priority", 7);
    Map<String, Object> foreignAssignee = ticket(subject, teamA.id());
    foreignAssignee.put("assigneeId", agentB.id());
    Map<String, Object> foreignStage = ticket(subject, teamA.id());
    foreignStage.put("stageId", teamB.firstStage().id());
    Map<String, Object> noSubject = ticket(" ", teamA.id());

    for (Map<String, Object> body :
        List.of(
            lotOfUntracked, lotOfOther, badPriority, foreignAssignee, foreignStage, noSubject)) {
      ApiResponse response = asAgentA.post("/api/v1/tickets", body);
      assertThat(response.status()).as(body.toString()).isEqualTo(422);
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
      assertThat(response.json().get("errors").isArray()).isTrue();
    }
    assertThat(asAgentA.post("/api/v1/tickets", ticket(subject, teamB.id())).status())
        .as("an agent cannot open a ticket in another team")
        .isEqualTo(422);
    assertThat(fixtures.ticketIdsWithSubject(subject)).isEmpty();

    long ticket = created(asAgentA, "Patched " + fixtures.suffix, teamA.id());
    ApiResponse refused =
        asAgentA.patch(
            "/api/v1/tickets/" + ticket,
            Map.of("subject", "Changed " + fixtures.suffix, "lotId", serialOfSaw));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(asAgentA.get("/api/v1/tickets/" + ticket).json().get("subject").asString())
        .isEqualTo("Patched " + fixtures.suffix);

    Map<String, Object> good = ticket("Serial " + fixtures.suffix, teamA.id());
    good.put("productId", otherTracked);
    good.put("lotId", serialOfSaw);
    assertThat(asAgentA.post("/api/v1/tickets", good).status()).isEqualTo(201);
  }

  @Test
  void stageAndAssigneeChangesAreTrackedOnTheThread() {
    long ticket = created(asAgentA, "Tracked " + fixtures.suffix, teamA.id());
    long inProgress = teamA.stages().get(1).id();

    ApiResponse moved =
        asAgentA.patch(
            "/api/v1/tickets/" + ticket, Map.of("stageId", inProgress, "assigneeId", agentA.id()));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);

    JsonNode messages = asAgentA.get("/api/v1/tickets/" + ticket + "/messages").json();
    List<String> changes = new ArrayList<>();
    for (JsonNode message : messages.get("items")) {
      if (message.get("kind").asString().equals("TRACKING")) {
        for (JsonNode change : message.get("changes")) {
          changes.add(
              change.get("field").asString()
                  + ":"
                  + (change.has("oldValue") ? change.get("oldValue").asString() : "")
                  + "->"
                  + change.get("newValue").asString());
        }
      }
    }
    assertThat(changes).contains("Stage:New->In Progress", "Assignee:->" + agentA.name());
  }

  @Test
  void messagesAndNotesArePostedAndFollowersAddedAndRemoved() {
    long ticket = created(asAgentA, "Chatter " + fixtures.suffix, teamA.id());

    assertThat(
            asAgentA
                .post("/api/v1/tickets/" + ticket + "/messages", Map.of("body", "Hello"))
                .status())
        .isEqualTo(201);
    assertThat(
            asAgentA
                .post(
                    "/api/v1/tickets/" + ticket + "/messages",
                    Map.of("body", "Internal", "internal", true))
                .json()
                .get("kind")
                .asString())
        .isEqualTo("NOTE");
    assertThat(
            asAgentA.post("/api/v1/tickets/" + ticket + "/messages", Map.of("body", " ")).status())
        .isEqualTo(422);

    ApiResponse added =
        asAgentA.post("/api/v1/tickets/" + ticket + "/followers", Map.of("userId", manager.id()));
    assertThat(added.status()).isEqualTo(201);
    long followerId = added.json().get("id").asLong();
    assertThat(followerUsers(ticket)).contains(manager.id(), agentA.id());

    assertThat(asAgentA.delete("/api/v1/tickets/" + ticket + "/followers/" + followerId).status())
        .isEqualTo(204);
    assertThat(followerUsers(ticket)).doesNotContain(manager.id());
    assertThat(asAgentA.delete("/api/v1/tickets/" + ticket + "/followers/" + followerId).status())
        .isEqualTo(404);
    assertThat(
            asAgentB
                .post("/api/v1/tickets/" + ticket + "/followers", Map.of("userId", agentB.id()))
                .status())
        .isEqualTo(404);
  }

  @Test
  void theCustomerContactFollowsANewTicketAndTheEmailDefaultsFromIt() {
    long company = fixtures.company("Follow Co");
    long contact = fixtures.contact("Fiona", company, "fiona-" + fixtures.suffix + "@co.test");
    Map<String, Object> body = ticket("Follow " + fixtures.suffix, teamA.id());
    body.put("customerId", contact);
    body.put("assigneeId", agentA.id());

    JsonNode created = asManager.post("/api/v1/tickets", body).json();
    long ticket = created.get("id").asLong();

    assertThat(created.get("email").asString()).isEqualTo("fiona-" + fixtures.suffix + "@co.test");
    JsonNode followers = asManager.get("/api/v1/tickets/" + ticket + "/followers").json();
    List<Long> customerFollowers = new ArrayList<>();
    for (JsonNode follower : followers.get("items")) {
      if (follower.has("customerId")) {
        customerFollowers.add(follower.get("customerId").asLong());
      }
    }
    assertThat(customerFollowers).containsExactly(contact);
    assertThat(followerUsers(ticket)).contains(manager.id(), agentA.id());
  }

  private List<Long> followerUsers(long ticket) {
    List<Long> ids = new ArrayList<>();
    for (JsonNode follower :
        asManager.get("/api/v1/tickets/" + ticket + "/followers").json().get("items")) {
      if (follower.has("userId")) {
        ids.add(follower.get("userId").asLong());
      }
    }
    return ids;
  }

  private long created(ApiClient client, String subject, long teamId) {
    ApiResponse response = client.post("/api/v1/tickets", ticket(subject, teamId));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asLong();
  }

  static Map<String, Object> ticket(String subject, long teamId) {
    Map<String, Object> body = new HashMap<>();
    body.put("subject", subject);
    body.put("description", "Something is wrong");
    body.put("teamId", teamId);
    return body;
  }

  static List<Long> ids(JsonNode page) {
    List<Long> ids = new ArrayList<>();
    for (JsonNode item : page.get("items")) {
      ids.add(item.get("id").asLong());
    }
    return ids;
  }
}

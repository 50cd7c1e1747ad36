package io.afterdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.helpdesk.HelpdeskFixtures;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.helpdesk.WebSession;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * While every connection of the pool is taken, requests answer 503 with {@code Retry-After} —
 * problem details on the API, a readable page for people — never 401 ("wrong credentials") or 500;
 * once connections are free again the same requests succeed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(
    properties = {
      "spring.datasource.hikari.maximum-pool-size=2",
      "spring.datasource.hikari.minimum-idle=2",
      "spring.datasource.hikari.connection-timeout=500"
    })
@DirtiesContext
class ConnectionStarvationIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired DataSource dataSource;
  @Autowired UserManagement users;

  final List<Connection> taken = new ArrayList<>();
  HelpdeskFixtures fixtures;
  UserSummary agent;
  TeamView team;
  ApiClient asAgent;
  ApiClient withToken;

  @BeforeAll
  void setUp() {
    fixtures = new HelpdeskFixtures(context);
    agent = fixtures.user("starved-agent", Role.AGENT);
    team = fixtures.team("Starved team", agent);
    ApiClient api = ApiClient.at(port);
    asAgent = api.as(agent.login(), HelpdeskFixtures.PASSWORD);
    withToken =
        api.withToken(
            context
                .getBean(io.afterdesk.identity.ApiTokens.class)
                .issueToken(agent.id(), "starved")
                .token());
  }

  @AfterEach
  void giveConnectionsBack() throws SQLException {
    for (Connection connection : taken) {
      connection.close();
    }
    taken.clear();
  }

  @Test
  void theApiAnswers503WithRetryAfterWhileThePoolIsExhaustedAndWorksAgainAfterwards()
      throws Exception {
    takeEveryConnection();

    assertBusy(asAgent.get("/api/v1/tickets"));
    assertBusy(withToken.get("/api/v1/tickets"));
    assertBusy(asAgent.post("/api/v1/tickets", ticket("Starved"), UUID.randomUUID().toString()));

    giveConnectionsBack();
    assertThat(asAgent.get("/api/v1/tickets").status()).isEqualTo(200);
    assertThat(withToken.get("/api/v1/tickets").status()).isEqualTo(200);
    assertThat(
            asAgent.post("/api/v1/tickets", ticket("Fed"), UUID.randomUUID().toString()).status())
        .isEqualTo(201);
  }

  @Test
  void wrongCredentialsStill401WhenConnectionsAreFree() {
    ApiResponse response = ApiClient.at(port).as(agent.login(), "wrong").get("/api/v1/tickets");
    assertThat(response.status()).isEqualTo(401);
  }

  @Test
  void aSignedInPageAnswersAReadable503InTheUsersLanguage() throws Exception {
    WebSession page = WebSession.staff(port, agent.login(), HelpdeskFixtures.PASSWORD);
    assertThat(page.get("/helpdesk/tickets?lang=vi").statusCode()).isEqualTo(200);
    takeEveryConnection();

    HttpResponse<String> busy = page.get("/helpdesk/tickets");

    assertThat(busy.statusCode()).isEqualTo(503);
    assertThat(busy.headers().firstValue("Retry-After")).hasValue("5");
    assertThat(busy.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(busy.body()).contains("Vui lòng thử lại sau vài giây");

    giveConnectionsBack();
    assertThat(page.get("/helpdesk/tickets").statusCode()).isEqualTo(200);
  }

  private void assertBusy(ApiResponse response) {
    assertThat(response.status()).as(response.body()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(response.json().get("status").asInt()).isEqualTo(503);
    assertThat(response.json().get("detail").asString()).contains("Try again");
  }

  /** Holds every connection of the pool (waiting for those background jobs are using). */
  private void takeEveryConnection() {
    while (taken.size() < 2) {
      try {
        taken.add(dataSource.getConnection());
      } catch (SQLException e) {
        // a background job holds one for a moment: ask again
      }
    }
  }

  private Map<String, Object> ticket(String subject) {
    return Map.of("subject", subject + " " + fixtures.suffix, "teamId", team.id());
  }
}

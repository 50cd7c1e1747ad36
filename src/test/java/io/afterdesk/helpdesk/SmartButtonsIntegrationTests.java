package io.afterdesk.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.IntegrationTest;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The smart-button mechanism: a module contributes counts and links for a ticket; the API answers
 * the counts and the form shows the buttons with a count above zero. The contributor of this test
 * only answers for the tickets it was told about, so it changes nothing elsewhere.
 */
@Import(SmartButtonsIntegrationTests.Contributor.class)
class SmartButtonsIntegrationTests extends IntegrationTest {

  @TestConfiguration(proxyBeanMethods = false)
  static class Contributor {

    static final Set<Long> TICKETS = ConcurrentHashMap.newKeySet();

    @Bean
    TicketSmartButtons testContributor() {
      return ticketId ->
          TICKETS.contains(ticketId)
              ? List.of(
                  new SmartButton(
                      "creditNotes",
                      "helpdesk.smart.creditNotes",
                      2,
                      "/credit-notes?t=" + ticketId),
                  new SmartButton("tasks", "helpdesk.smart.tasks", 0, "/tasks?t=" + ticketId))
              : List.of();
    }
  }

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Tickets tickets;
  @Autowired JdbcClient jdbc;

  @Test
  void aContributedCountShowsInTheApiAndAsAButtonWhenAboveZero() {
    HelpdeskFixtures fixtures = new HelpdeskFixtures(context);
    UserSummary agent = fixtures.user("smart", Role.AGENT);
    TeamView team = fixtures.team("Smart", agent);
    long counted = ticket(team, "Counted " + fixtures.suffix);
    long plain = ticket(team, "Plain " + fixtures.suffix);
    Contributor.TICKETS.add(counted);

    ApiClient api = ApiClient.at(port).as(agent.login(), HelpdeskFixtures.PASSWORD);
    JsonNode buttons = api.get("/api/v1/tickets/" + counted).json().get("smartButtons");
    assertThat(buttons.get("creditNotes").asLong()).isEqualTo(2);
    assertThat(buttons.get("tasks").asLong()).isZero();
    assertThat(buttons.get("coupons").asLong()).isZero();
    assertThat(
            api.get("/api/v1/tickets/" + plain)
                .json()
                .get("smartButtons")
                .get("creditNotes")
                .asLong())
        .isZero();

    WebSession browser = WebSession.staff(port, agent.login(), HelpdeskFixtures.PASSWORD);
    String page = browser.get("/helpdesk/tickets/" + counted).body();
    assertThat(page).contains("id=\"smart-creditNotes\"").contains("/credit-notes?t=" + counted);
    assertThat(page).doesNotContain("id=\"smart-tasks\"");
    assertThat(browser.get("/helpdesk/tickets/" + plain).body())
        .doesNotContain("id=\"smart-buttons\"");
    Contributor.TICKETS.remove(counted);
  }

  private long ticket(TeamView team, String subject) {
    return tickets
        .create(
            new TicketDraft(
                subject, null, team.id(), null, null, 0, null, null, null, null, null, List.of()))
        .id();
  }
}

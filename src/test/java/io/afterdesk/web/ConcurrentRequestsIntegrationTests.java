package io.afterdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.helpdesk.HelpdeskFixtures;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.helpdesk.WebSession;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.ConnectionWatch;
import io.afterdesk.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Many more concurrent requests than pool connections (3): no request needs a second connection
 * while it holds one, so they queue for the pool and all succeed — API posts with HTTP Basic, a
 * bearer token and idempotency keys, and signed-in page requests at the same time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(
    properties = {
      "spring.datasource.hikari.maximum-pool-size=3",
      "spring.datasource.hikari.minimum-idle=3"
    })
@DirtiesContext
class ConcurrentRequestsIntegrationTests extends IntegrationTest {

  private static final int REQUESTS = 20;

  @TestConfiguration(proxyBeanMethods = false)
  static class Watching {
    @Bean
    static ConnectionWatch connectionWatch() {
      return new ConnectionWatch();
    }
  }

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ConnectionWatch watch;
  @Autowired io.afterdesk.identity.UserManagement users;

  HelpdeskFixtures fixtures;
  UserSummary agent;
  TeamView team;
  ApiClient asAgent;
  ApiClient withToken;

  @BeforeAll
  void setUp() {
    fixtures = new HelpdeskFixtures(context);
    agent = fixtures.user("pool-agent", Role.AGENT);
    team = fixtures.team("Pool team", agent);
    ApiClient api = ApiClient.at(port);
    asAgent = api.as(agent.login(), HelpdeskFixtures.PASSWORD);
    withToken =
        api.withToken(
            context
                .getBean(io.afterdesk.identity.ApiTokens.class)
                .issueToken(agent.id(), "pool")
                .token());
  }

  @BeforeEach
  void forgetEarlierConnections() {
    watch.reset();
  }

  @Test
  void twentyConcurrentTicketCreationsWithIdempotencyKeysAndPageViewsAllSucceed() throws Exception {
    WebSession page = WebSession.staff(port, agent.login(), HelpdeskFixtures.PASSWORD);
    List<Callable<Integer>> calls = new ArrayList<>();
    List<String> subjects = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      String subject = "Pool " + fixtures.suffix + " " + i;
      subjects.add(subject);
      ApiClient caller = i % 2 == 0 ? asAgent : withToken;
      String key = UUID.randomUUID().toString();
      calls.add(() -> created(caller.post("/api/v1/tickets", ticket(subject), key)));
      calls.add(() -> page.get("/helpdesk/tickets").statusCode());
    }

    List<Integer> statuses = runAtOnce(calls);

    assertThat(statuses).hasSize(2 * REQUESTS).containsOnly(201, 200);
    Set<String> listed = new HashSet<>();
    asAgent
        .get("/api/v1/tickets?q=Pool+" + fixtures.suffix + "&size=100")
        .json()
        .get("items")
        .forEach(item -> listed.add(item.get("subject").asString()));
    assertThat(listed).containsExactlyInAnyOrderElementsOf(subjects);
    assertThat(watch.nested()).as("threads that took a second connection").isEmpty();
  }

  @Test
  void aRepeatedIdempotencyKeyUnderLoadReplaysTheFirstTicket() throws Exception {
    String key = UUID.randomUUID().toString();
    String subject = "Same key " + fixtures.suffix;
    List<Callable<ApiResponse>> calls = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      calls.add(() -> asAgent.post("/api/v1/tickets", ticket(subject), key));
    }
    List<ApiResponse> responses = runAtOnce(calls);

    assertThat(responses)
        .extracting(ApiResponse::status)
        .as(() -> String.join("\n\n", watch.nested()))
        .containsOnly(201);
    assertThat(responses)
        .extracting(response -> response.json().get("id").asLong())
        .containsOnly(responses.get(0).json().get("id").asLong());
    assertThat(watch.nested()).as("threads that took a second connection").isEmpty();
  }

  private Map<String, Object> ticket(String subject) {
    return Map.of("subject", subject, "teamId", team.id());
  }

  private int created(ApiResponse response) {
    if (response.status() != 201) {
      throw new AssertionError(
          response.status() + " " + response.body() + "\n" + String.join("\n\n", watch.nested()));
    }
    return response.status();
  }

  private static <T> List<T> runAtOnce(List<Callable<T>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      List<T> results = new ArrayList<>();
      for (Future<T> future : pool.invokeAll(calls)) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}

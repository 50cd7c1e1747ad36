package io.afterdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.helpdesk.HelpdeskFixtures;
import io.afterdesk.helpdesk.WebSession;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.IntegrationTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The background warm-up after start-up opens the sign-in pages and the API description, leaves no
 * session behind and breaks nothing: signing in and the API work as before.
 */
@TestPropertySource(properties = "afterdesk.warm-up=true")
@DirtiesContext
class StartupWarmUpIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired StartupWarmUp warmUp;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationContext context;

  @Test
  void warmsUpTheFirstPagesWithoutLeavingSessionsAndEverythingWorksAfterwards() throws Exception {
    warmUp.done().get(5, TimeUnit.MINUTES);

    assertThat(warmUp.answers())
        .containsOnlyKeys(StartupWarmUp.PATHS)
        .allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(200));
    assertThat(warmUp.removedSessions()).as("the sign-in pages made sessions").isNotEmpty();
    for (String session : warmUp.removedSessions()) {
      assertThat(
              jdbc.sql("select count(*) from spring_session where session_id = :id")
                  .param("id", session)
                  .query(Long.class)
                  .single())
          .as(session)
          .isZero();
    }

    HelpdeskFixtures fixtures = new HelpdeskFixtures(context);
    UserSummary agent = fixtures.user("warm-agent", Role.AGENT);
    WebSession page = WebSession.staff(port, agent.login(), HelpdeskFixtures.PASSWORD);
    assertThat(page.get("/helpdesk/tickets").statusCode()).isEqualTo(200);
    assertThat(ApiClient.at(port).get("/v3/api-docs").json().get("paths").has("/api/v1/tickets"))
        .isTrue();
  }
}

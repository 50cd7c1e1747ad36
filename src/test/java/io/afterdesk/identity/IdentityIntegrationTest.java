package io.afterdesk.identity;

import io.afterdesk.support.ApiClient;
import io.afterdesk.support.IntegrationTest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The base of the identity and API-convention integration tests: the whole application with MockMvc
 * next to the real server, and a stand-in team directory (the helpdesk provides the real one). All
 * subclasses share one application context.
 */
@AutoConfigureMockMvc
@Import(IdentityIntegrationTest.TestTeams.class)
public abstract class IdentityIntegrationTest extends IntegrationTest {

  /** Team ids far from the ones a real team table hands out. */
  public static final long TEAM_A = 9_000_001L;

  public static final long TEAM_B = 9_000_002L;

  public static final String PASSWORD = "correct-horse-1";

  @TestConfiguration(proxyBeanMethods = false)
  public static class TestTeams {
    @Bean
    TeamDirectory testTeamDirectory() {
      return () ->
          List.of(
              new TeamOption(TEAM_A, "Test team Alpha"), new TeamOption(TEAM_B, "Test team Beta"));
    }
  }

  @LocalServerPort protected int port;

  @Autowired protected UserManagement userManagement;
  @Autowired protected ApiTokens apiTokens;

  protected ApiClient api() {
    return ApiClient.at(port);
  }

  /** A fresh user of the role, with password {@link #PASSWORD}. */
  protected UserSummary newUser(Role role) {
    String login = role.name().toLowerCase() + "-" + unique();
    return userManagement.create(
        new NewUser(login, "Test " + login, login + "@test.example", PASSWORD, role, Set.of()));
  }

  protected ApiClient as(UserSummary user) {
    return api().as(user.login(), PASSWORD);
  }

  protected static StaffPrincipal principalOf(UserSummary user) {
    return new StaffPrincipal(user.id(), user.login(), user.name(), user.role(), "", true);
  }

  protected static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}

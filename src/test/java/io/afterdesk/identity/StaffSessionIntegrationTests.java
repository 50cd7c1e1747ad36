package io.afterdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Staff sign in through the real login form; their session lives in the database. */
class StaffSessionIntegrationTests extends IdentityIntegrationTest {

  @Autowired JdbcClient jdbc;

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> signIn(String login, String password) throws Exception {
    HttpResponse<String> form = get("/login");
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
    assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
    String body =
        "username="
            + URLEncoder.encode(login, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private long sessionsOf(String login) {
    return jdbc.sql("select count(*) from spring_session where principal_name = :login")
        .param("login", login)
        .query(Long.class)
        .single();
  }

  @Test
  void aSignedInAdminHasASessionRowAndOpensTheUsersPage() throws Exception {
    UserSummary admin = newUser(Role.ADMIN);
    HttpResponse<String> signedIn = signIn(admin.login(), PASSWORD);
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    assertThat(sessionsOf(admin.login())).isEqualTo(1);

    HttpResponse<String> users = get("/settings/users?q=" + admin.login());
    assertThat(users.statusCode()).isEqualTo(200);
    assertThat(users.body()).contains(admin.login());
  }

  @Test
  void aRoleChangeOrDeactivationEndsTheUsersSessions() throws Exception {
    UserSummary admin = newUser(Role.ADMIN);
    assertThat(signIn(admin.login(), PASSWORD).statusCode()).isEqualTo(302);
    assertThat(get("/settings/users").statusCode()).isEqualTo(200);

    userManagement.update(admin.id(), new UserChanges(null, null, Role.MANAGER, null, null, null));

    assertThat(sessionsOf(admin.login())).isZero();
    HttpResponse<String> after = get("/settings/users");
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));

    assertThat(signIn(admin.login(), PASSWORD).statusCode()).isEqualTo(302);
    assertThat(get("/settings/users").statusCode()).isEqualTo(403);
    userManagement.deactivate(admin.id());
    assertThat(sessionsOf(admin.login())).isZero();
  }

  @Test
  void aDeactivatedUserCannotSignIn() throws Exception {
    UserSummary agent = newUser(Role.AGENT);
    userManagement.deactivate(agent.id());
    HttpResponse<String> refused = signIn(agent.login(), PASSWORD);
    assertThat(refused.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
    assertThat(sessionsOf(agent.login())).isZero();
  }
}

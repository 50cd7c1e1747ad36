package io.afterdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.helpdesk.HelpdeskFixtures;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.PortalSession;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The brake on wrong passwords at the three doors: five wrong passwords for an account, and even
 * the right one is refused for a while — on the API with 429 and Retry-After, on the login pages
 * with a message — whichever door the failures came through.
 */
class LoginThrottleIntegrationTests extends IntegrationTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired MeterRegistry meters;

  HelpdeskFixtures fixtures;
  UserSummary bystander;

  @BeforeEach
  void setUp() {
    fixtures = new HelpdeskFixtures(context);
    bystander = fixtures.user("bystander", Role.AGENT);
  }

  /** A correct sign-in from this address, so these tests leave no client count behind them. */
  @AfterEach
  void clearTheClient() {
    assertThat(api(bystander.login(), HelpdeskFixtures.PASSWORD).get("/api/v1/customers").status())
        .isEqualTo(200);
  }

  @Test
  void afterFiveWrongPasswordsTheApiAnswers429WithRetryAfterEvenToTheRightOne() {
    UserSummary agent = fixtures.user("target", Role.AGENT);
    double before = throttled("api");
    for (int i = 0; i < 5; i++) {
      assertThat(api(agent.login(), "wrong-" + i).get("/api/v1/customers").status()).isEqualTo(401);
    }

    ApiResponse refused = api(agent.login(), HelpdeskFixtures.PASSWORD).get("/api/v1/customers");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(refused.json().get("status").asInt()).isEqualTo(429);
    assertThat(refused.json().get("detail").asString()).contains("Too many wrong passwords");
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 30L);
    assertThat(throttled("api")).isEqualTo(before + 1);

    assertThat(api(bystander.login(), HelpdeskFixtures.PASSWORD).get("/api/v1/customers").status())
        .as("other accounts are not concerned")
        .isEqualTo(200);
  }

  @Test
  void failuresOnTheApiLockTheStaffLoginPageTooWithAMessageInBothLanguages() throws Exception {
    UserSummary agent = fixtures.user("crossdoor", Role.AGENT);
    for (int i = 0; i < 5; i++) {
      api(agent.login(), "wrong-" + i).get("/api/v1/customers");
    }

    assertThat(formLogin("/login", agent.login(), HelpdeskFixtures.PASSWORD))
        .endsWith("/login?throttled");
    Form english = new Form();
    assertThat(english.get("/login?throttled&lang=en").body())
        .contains("id=\"login-throttled\"")
        .contains("Too many wrong passwords for this account");
    assertThat(new Form().get("/login?throttled&lang=vi").body())
        .contains("Đã nhập sai mật khẩu quá nhiều lần");
  }

  @Test
  void thePortalLoginIsThrottledPerAccount() {
    String email = "throttled-" + fixtures.suffix + "@customer.test";
    long customer = fixtures.contact("Throttled", null, email);
    fixtures.grantPortal(customer);
    double before = throttled("portal");
    for (int i = 0; i < 5; i++) {
      assertThat(PortalSession.attempt(port, email, "wrong-" + i).loginLocation())
          .endsWith("/my/login?error");
    }

    PortalSession refused = PortalSession.attempt(port, email, HelpdeskFixtures.PASSWORD);
    assertThat(refused.signedIn()).isFalse();
    assertThat(refused.loginLocation()).endsWith("/my/login?throttled");
    assertThat(throttled("portal")).isEqualTo(before + 1);
    assertThat(refused.get("/my/login?throttled").body()).contains("id=\"login-throttled\"");
  }

  @Test
  void correctPasswordsNeverCount() {
    UserSummary agent = fixtures.user("often", Role.AGENT);
    for (int i = 0; i < 12; i++) {
      assertThat(api(agent.login(), HelpdeskFixtures.PASSWORD).get("/api/v1/customers").status())
          .isEqualTo(200);
    }
    for (int i = 0; i < 4; i++) {
      api(agent.login(), "wrong-" + i).get("/api/v1/customers");
    }
    assertThat(api(agent.login(), HelpdeskFixtures.PASSWORD).get("/api/v1/customers").status())
        .isEqualTo(200);
  }

  private double throttled(String door) {
    Counter counter = meters.find(LoginThrottle.METRIC).tag("door", door).counter();
    return counter == null ? 0 : counter.count();
  }

  private ApiClient api(String login, String password) {
    return ApiClient.at(port).as(login, password);
  }

  /** Posts a login form (with its CSRF token) and answers where it redirected to. */
  private String formLogin(String path, String login, String password) throws Exception {
    Form form = new Form();
    Matcher csrf = CSRF.matcher(form.get(path).body());
    assertThat(csrf.find()).isTrue();
    HttpResponse<String> response =
        form.http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username="
                            + URLEncoder.encode(login, StandardCharsets.UTF_8)
                            + "&password="
                            + URLEncoder.encode(password, StandardCharsets.UTF_8)
                            + "&_csrf="
                            + csrf.group(1)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return response.headers().firstValue("Location").orElse("");
  }

  private final class Form {
    final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }
}

package io.afterdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.afterdesk.helpdesk.HelpdeskFixtures;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.mail.domain.OutboxDispatcher;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.StaffSession;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

class MailPagesIntegrationTests extends MailTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
  private static final Pattern LINK =
      Pattern.compile("(http://[^\\s\"<]+/my/invitation/[A-Za-z0-9_-]+)");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired OutboxDispatcher dispatcher;

  HelpdeskFixtures fixtures;

  @BeforeEach
  void setUp() {
    fixtures = new HelpdeskFixtures(context);
  }

  @Test
  void theInvitationLinkSetsAPasswordOnceAndThePortalLoginWorks() throws Exception {
    UserSummary manager = fixtures.user("inviter", Role.MANAGER);
    String email = "invited-" + fixtures.suffix + "@customer.test";
    long customer = fixtures.contact("Invited", null, email);

    ApiResponse invited =
        ApiClient.at(port)
            .as(manager.login(), HelpdeskFixtures.PASSWORD)
            .post("/api/v1/customers/" + customer + "/portal-access", Map.of());
    assertThat(invited.status()).as(invited.body()).isEqualTo(202);
    assertThat(invited.json().get("email").asString()).isEqualTo(email);
    dispatcher.dispatch();

    MimeMessage mail =
        Arrays.stream(smtp.getReceivedMessages())
            .filter(m -> recipients(m).contains(email))
            .findFirst()
            .orElseThrow();
    Matcher link = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", ""));
    assertThat(link.find()).isTrue();
    String path = URI.create(link.group(1)).getPath();

    Browser browser = new Browser();
    HttpResponse<String> page = browser.get(path);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("invitation-form");
    HttpResponse<String> mismatch =
        browser.post(path, Map.of("password", "new-secret-1", "confirmation", "other-secret"));
    assertThat(mismatch.statusCode()).isEqualTo(422);
    HttpResponse<String> accepted =
        browser.post(path, Map.of("password", "new-secret-1", "confirmation", "new-secret-1"));
    assertThat(accepted.statusCode()).isEqualTo(302);
    assertThat(accepted.headers().firstValue("Location").orElse("")).contains("/my/login");

    Browser again = new Browser();
    assertThat(again.get(path).statusCode()).as("the link works once").isEqualTo(410);
    HttpResponse<String> reuse =
        browser.post(path, Map.of("password", "hijacked-pw", "confirmation", "hijacked-pw"));
    assertThat(reuse.statusCode()).isEqualTo(410);

    Browser customerBrowser = new Browser();
    customerBrowser.get("/my/login");
    HttpResponse<String> login =
        customerBrowser.post("/my/login", Map.of("username", email, "password", "new-secret-1"));
    assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/my");
    Browser intruder = new Browser();
    intruder.get("/my/login");
    HttpResponse<String> wrong =
        intruder.post("/my/login", Map.of("username", email, "password", "hijacked-pw"));
    assertThat(wrong.headers().firstValue("Location").orElse("")).contains("error");
  }

  @Test
  void theOutboxPageIsForAdminsOnly() {
    UserSummary admin = fixtures.user("mailadmin", Role.ADMIN);
    UserSummary agent = fixtures.user("mailnoadmin", Role.AGENT);
    StaffSession asAdmin = StaffSession.signIn(port, admin.login(), HelpdeskFixtures.PASSWORD);
    HttpResponse<String> list = asAdmin.get("/settings/outbox");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("outbox-table");
    assertThat(asAdmin.get("/settings/mail-templates").statusCode()).isEqualTo(200);
    assertThat(asAdmin.get("/settings/mail-templates/PORTAL_INVITATION/vi").body())
        .contains("template-preview-html");

    StaffSession asAgent = StaffSession.signIn(port, agent.login(), HelpdeskFixtures.PASSWORD);
    assertThat(asAgent.get("/settings/outbox").statusCode()).isEqualTo(403);
    assertThat(asAgent.get("/settings/mail-templates").statusCode()).isEqualTo(403);
  }

  @Test
  void theComposerPostsOnTheThreadAndQueuesOneEmailPerChosenRecipient() {
    UserSummary agent = fixtures.user("composer", Role.AGENT);
    var team = fixtures.team("Composer team", agent);
    String customerEmail = "compose-" + fixtures.suffix + "@customer.test";
    long contact = fixtures.contact("Compose Contact", null, customerEmail);
    long ticket =
        ApiClient.at(port)
            .as(agent.login(), HelpdeskFixtures.PASSWORD)
            .post(
                "/api/v1/tickets",
                Map.of(
                    "subject",
                    "Compose " + fixtures.suffix,
                    "teamId",
                    team.id(),
                    "customerId",
                    contact))
            .json()
            .get("id")
            .asLong();
    var document = new io.afterdesk.common.DocumentRef("helpdesk.ticket", ticket);
    long customerFollower =
        context.getBean(Threads.class).followersOf(document).stream()
            .filter(f -> f.customerId() != null)
            .findFirst()
            .orElseThrow()
            .id();

    StaffSession session = StaffSession.signIn(port, agent.login(), HelpdeskFixtures.PASSWORD);
    HttpResponse<String> dialog = session.get("/threads/helpdesk.ticket/" + ticket + "/compose");
    assertThat(dialog.statusCode()).isEqualTo(200);
    assertThat(dialog.body())
        .contains("composer-follower-" + customerFollower)
        .contains(customerEmail);

    HttpResponse<String> invalid =
        session.post(
            "/threads/helpdesk.ticket/" + ticket + "/compose",
            Map.of("addresses", "not-an-address", "body", "Hi"));
    assertThat(invalid.body()).contains("composer-error");

    String extra = "extra-" + fixtures.suffix + "@elsewhere.test";
    HttpResponse<String> sent =
        session.post(
            "/threads/helpdesk.ticket/" + ticket + "/compose",
            Map.of(
                "followerIds",
                String.valueOf(customerFollower),
                "addresses",
                extra,
                "subject",
                "Your quote " + fixtures.suffix,
                "body",
                "Please find the details."));
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.headers().firstValue("HX-Redirect").orElse(""))
        .endsWith("/helpdesk/tickets/" + ticket);

    var queued = context.getBean(Outbox.class).ofDocument(document);
    assertThat(queued)
        .extracting(OutboxEntry::recipientEmail)
        .containsExactlyInAnyOrder(customerEmail, extra);
    assertThat(queued)
        .allSatisfy(m -> assertThat(m.subject()).isEqualTo("Your quote " + fixtures.suffix));
    assertThat(context.getBean(Threads.class).messagesOf(document))
        .anySatisfy(m -> assertThat(m.body()).isEqualTo("Please find the details."));
  }

  private static String recipients(MimeMessage message) {
    try {
      return Arrays.toString(message.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A cookie-keeping HTTP client that posts forms with the CSRF token of the last page. */
  private final class Browser {
    private final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private String csrf = "";

    HttpResponse<String> get(String path) throws Exception {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher matcher = CSRF.matcher(response.body());
      if (matcher.find()) {
        csrf = matcher.group(1);
      }
      return response;
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
      Map<String, String> form = new LinkedHashMap<>(fields);
      form.put("_csrf", csrf);
      String body =
          form.entrySet().stream()
              .map(
                  e ->
                      URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      return http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }
}

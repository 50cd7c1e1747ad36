package io.afterdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.helpdesk.HelpdeskFixtures;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.mail.domain.RecipientLanguages;
import io.afterdesk.partner.Customers;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.PortalSession;
import io.afterdesk.support.StaffSession;
import io.afterdesk.support.TicketReach;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Portal logins and portal access are changed by managers and admins only; a change of a portal
 * login revokes the access, ends the customer's sessions, tells the old address and invites the new
 * one; every change is on the customer's thread.
 */
class PortalAccessIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Customers customers;
  @Autowired Threads threads;
  @Autowired RecipientLanguages languages;
  @Autowired PortalInvitations invitations;

  private static final Pattern TOKEN = Pattern.compile("/my/invitation/([A-Za-z0-9_-]+)");

  HelpdeskFixtures fixtures;
  UserSummary agent;
  UserSummary manager;
  String email;
  long customer;

  @BeforeEach
  void setUp() {
    fixtures = new HelpdeskFixtures(context);
    agent = fixtures.user("agent", Role.AGENT);
    manager = fixtures.user("manager", Role.MANAGER);
    email = "portal-" + fixtures.suffix + "@customer.test";
    customer = fixtures.contact("Portal", null, email);
    fixtures.grantPortal(customer);
    // The agent works a ticket of this customer, so the customer is within their reach: what they
    // are refused below is refused by the portal rules, not by visibility.
    TicketReach.give(context, agent.id(), customer);
  }

  @Test
  void anAgentNeitherChangesAPortalLoginNorGivesPortalAccessThroughTheApi() {
    ApiClient asAgent = api(agent);

    ApiResponse patched =
        asAgent.patch("/api/v1/customers/" + customer, Map.of("email", "attacker@evil.example"));
    assertThat(patched.status()).as(patched.body()).isEqualTo(403);
    assertThat(patched.headers().firstValue("Content-Type").orElse(""))
        .contains("application/problem+json");
    ApiResponse invited =
        asAgent.post("/api/v1/customers/" + customer + "/portal-access", Map.of());
    assertThat(invited.status()).as(invited.body()).isEqualTo(403);
    assertThat(asAgent.delete("/api/v1/customers/" + customer + "/portal-access").status())
        .isEqualTo(403);

    assertThat(customers.details(customer).email()).isEqualTo(email);
    assertThat(customers.hasPortalAccess(customer)).isTrue();
    assertThat(outbox(customer)).isEmpty();

    ApiResponse phone =
        asAgent.patch("/api/v1/customers/" + customer, Map.of("phone", "+84 90 000 0000"));
    assertThat(phone.status()).as("contact details stay editable").isEqualTo(200);
    long other = fixtures.contact("No portal", null, "plain-" + fixtures.suffix + "@x.test");
    TicketReach.give(context, agent.id(), other);
    assertThat(
            asAgent
                .patch(
                    "/api/v1/customers/" + other,
                    Map.of("email", "plain2-" + fixtures.suffix + "@x.test"))
                .status())
        .as("the email of a customer without portal access is a contact detail")
        .isEqualTo(200);
    ApiResponse grantOther =
        asAgent.post("/api/v1/customers/" + other + "/portal-access", Map.of());
    assertThat(grantOther.status()).isEqualTo(403);
  }

  @Test
  void aManagerChangingAPortalLoginRevokesItEndsItsSessionsTellsTheOldAddressAndInvitesTheNew() {
    languages.remember(email, Locale.forLanguageTag("vi"));
    PortalSession portal = PortalSession.attempt(port, email, HelpdeskFixtures.PASSWORD);
    assertThat(portal.signedIn()).isTrue();
    assertThat(portal.get("/my").statusCode()).isEqualTo(200);

    String newEmail = "moved-" + fixtures.suffix + "@customer.test";
    ApiResponse patched =
        api(manager).patch("/api/v1/customers/" + customer, Map.of("email", newEmail));
    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    assertThat(patched.json().get("portalAccess").asBoolean()).isFalse();

    HttpResponse<String> afterwards = portal.get("/my");
    assertThat(afterwards.statusCode()).as("the session ended").isEqualTo(302);
    assertThat(afterwards.headers().firstValue("Location").orElse("")).contains("/my/login");
    assertThat(PortalSession.attempt(port, email, HelpdeskFixtures.PASSWORD).signedIn()).isFalse();
    assertThat(PortalSession.attempt(port, newEmail, HelpdeskFixtures.PASSWORD).signedIn())
        .as("the new address signs in only after accepting its invitation")
        .isFalse();

    List<Map<String, Object>> mails = outbox(customer);
    assertThat(mails)
        .anySatisfy(
            mail -> {
              assertThat(mail.get("purpose")).isEqualTo("PORTAL_LOGIN_CHANGED");
              assertThat(mail.get("recipient_email")).isEqualTo(email);
              assertThat((String) mail.get("subject")).contains("Email đăng nhập");
              assertThat((String) mail.get("body_text")).contains(newEmail);
            })
        .anySatisfy(
            mail -> {
              assertThat(mail.get("purpose")).isEqualTo("PORTAL_INVITATION");
              assertThat(mail.get("recipient_email")).isEqualTo(newEmail);
              assertThat((String) mail.get("subject"))
                  .as("in the customer's language")
                  .contains("Quyền truy cập");
            });

    List<Message> thread = threads.messagesOf(new DocumentRef("partner.customer", customer));
    assertThat(thread)
        .anySatisfy(
            message -> {
              assertThat(message.bodyKey()).isEqualTo("mail.portal.log.login-changed");
              assertThat(message.authorUserId()).isEqualTo(manager.id());
              assertThat(message.body()).contains(email, newEmail, manager.name());
            })
        .anySatisfy(message -> assertThat(message.bodyKey()).isEqualTo("mail.portal.log.invited"));

    StaffSession staff = StaffSession.signIn(port, manager.login(), HelpdeskFixtures.PASSWORD);
    HttpResponse<String> vietnamese =
        staff.get("/threads/partner.customer/" + customer + "?lang=vi");
    assertThat(vietnamese.statusCode()).isEqualTo(200);
    assertThat(vietnamese.body()).contains("đã đổi email đăng nhập cổng khách hàng từ " + email);
    HttpResponse<String> english = staff.get("/threads/partner.customer/" + customer + "?lang=en");
    assertThat(english.body()).contains("Portal login changed from " + email + " to " + newEmail);
  }

  @Test
  void grantingAccessNeverReplacesAnActivePasswordUnlessAResetIsAskedFor() {
    ApiClient asManager = api(manager);
    ApiResponse again = asManager.post("/api/v1/customers/" + customer + "/portal-access", "{}");
    assertThat(again.status()).as(again.body()).isEqualTo(409);
    assertThat(again.json().get("detail").asString()).contains("already has portal access");
    assertThat(outbox(customer)).isEmpty();

    ApiResponse reset =
        asManager.post(
            "/api/v1/customers/" + customer + "/portal-access", Map.of("resetPassword", true));
    assertThat(reset.status()).as(reset.body()).isEqualTo(202);
    assertThat(outbox(customer))
        .singleElement()
        .satisfies(mail -> assertThat(mail.get("recipient_email")).isEqualTo(email));
    PortalSession before = PortalSession.attempt(port, email, HelpdeskFixtures.PASSWORD);
    assertThat(before.signedIn()).as("the current password works until the link is used").isTrue();

    Matcher link = TOKEN.matcher((String) outbox(customer).get(0).get("body_text"));
    assertThat(link.find()).isTrue();
    invitations.accept(link.group(1), "chosen-anew-1", Locale.ENGLISH);

    assertThat(before.get("/my").statusCode())
        .as("sessions of the old password end")
        .isEqualTo(302);
    assertThat(PortalSession.attempt(port, email, HelpdeskFixtures.PASSWORD).signedIn()).isFalse();
    assertThat(PortalSession.attempt(port, email, "chosen-anew-1").signedIn()).isTrue();
    assertThat(threads.messagesOf(new DocumentRef("partner.customer", customer)))
        .anySatisfy(message -> assertThat(message.bodyKey()).isEqualTo("mail.portal.log.reset"))
        .anySatisfy(
            message -> {
              assertThat(message.bodyKey()).isEqualTo("mail.portal.log.accepted");
              assertThat(message.authorCustomerId()).isEqualTo(customer);
            });
  }

  @Test
  void aManagerRevokesPortalAccessAndTheCustomerIsSignedOut() {
    PortalSession portal = PortalSession.attempt(port, email, HelpdeskFixtures.PASSWORD);
    assertThat(portal.get("/my").statusCode()).isEqualTo(200);

    assertThat(api(manager).delete("/api/v1/customers/" + customer + "/portal-access").status())
        .isEqualTo(204);

    assertThat(portal.get("/my").statusCode()).isEqualTo(302);
    assertThat(customers.hasPortalAccess(customer)).isFalse();
    assertThat(threads.messagesOf(new DocumentRef("partner.customer", customer)))
        .anySatisfy(
            message -> {
              assertThat(message.bodyKey()).isEqualTo("mail.portal.log.revoked");
              assertThat(message.authorUserId()).isEqualTo(manager.id());
            });
  }

  @Test
  void onTheCustomerFormAnAgentCannotEditAPortalLoginNorSeesThePortalButtons() {
    StaffSession asAgent = StaffSession.signIn(port, agent.login(), HelpdeskFixtures.PASSWORD);
    HttpResponse<String> form = asAgent.get("/customers/" + customer);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains("email-locked-hint")
        .doesNotContain("id=\"customer-grant-portal\"")
        .doesNotContain("id=\"customer-reset-portal\"")
        .doesNotContain("id=\"customer-revoke-portal\"");
    String version = String.valueOf(customers.details(customer).version());

    HttpResponse<String> refused =
        asAgent.post(
            "/customers/" + customer,
            Map.of(
                "name",
                customers.details(customer).name(),
                "email",
                "attacker@evil.example",
                "addressType",
                "CONTACT",
                "version",
                version));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Only managers and administrators change the email");
    assertThat(customers.details(customer).email()).isEqualTo(email);
    assertThat(
            asAgent
                .post("/customers/" + customer + "/portal-invitation", Map.of("reset", "true"))
                .statusCode())
        .isEqualTo(403);
    assertThat(
            asAgent.post("/customers/" + customer + "/portal-access/revoke", Map.of()).statusCode())
        .isEqualTo(403);
    assertThat(customers.hasPortalAccess(customer)).isTrue();
    assertThat(outbox(customer)).isEmpty();

    StaffSession asManager = StaffSession.signIn(port, manager.login(), HelpdeskFixtures.PASSWORD);
    HttpResponse<String> managerForm = asManager.get("/customers/" + customer);
    assertThat(managerForm.body())
        .doesNotContain("email-locked-hint")
        .contains("id=\"customer-reset-portal\"")
        .contains("id=\"customer-revoke-portal\"")
        .contains("id=\"customer-chatter\"");
    long fresh = fixtures.contact("Fresh", null, "fresh-" + fixtures.suffix + "@customer.test");
    assertThat(asManager.get("/customers/" + fresh).body())
        .contains("id=\"customer-grant-portal\"");
    HttpResponse<String> granted =
        asManager.post("/customers/" + fresh + "/portal-invitation", Map.of());
    assertThat(granted.statusCode()).isEqualTo(302);
    assertThat(outbox(fresh)).hasSize(1);
  }

  private ApiClient api(UserSummary user) {
    return ApiClient.at(port).as(user.login(), HelpdeskFixtures.PASSWORD);
  }

  private List<Map<String, Object>> outbox(long customerId) {
    return jdbc.sql(
            "select purpose, recipient_email, subject, body_text from mail_outbox"
                + " where document_type = 'partner.customer' and document_id = :id order by id")
        .param("id", customerId)
        .query()
        .listOfRows();
  }
}

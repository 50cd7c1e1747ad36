package io.afterdesk.partner;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.helpdesk.HelpdeskFixtures;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.mail.Message;
import io.afterdesk.mail.Threads;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.PortalSession;
import io.afterdesk.support.StaffSession;
import io.afterdesk.support.TicketReach;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A portal customer sees the documents of their company, so moving them to another company is for
 * managers and admins: an agent is refused (403 on the API, a read-only field on the page); a
 * manager's move ends the customer's portal sessions and is noted on the customer's thread.
 */
class PortalCompanyIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Customers customers;
  @Autowired Threads threads;

  HelpdeskFixtures fixtures;
  UserSummary agent;
  UserSummary manager;
  long companyA;
  long companyB;
  String email;
  long contact;

  @BeforeEach
  void setUp() {
    fixtures = new HelpdeskFixtures(context);
    agent = fixtures.user("agent", Role.AGENT);
    manager = fixtures.user("manager", Role.MANAGER);
    companyA = fixtures.company("Alpha");
    companyB = fixtures.company("Beta");
    email = "moving-" + fixtures.suffix + "@customer.test";
    contact = fixtures.contact("Moving", companyA, email);
    fixtures.grantPortal(contact);
    // Within the agent's reach, so what is refused below is refused by the portal rule.
    TicketReach.give(context, agent.id(), contact);
  }

  @Test
  void anAgentMayNotMoveAPortalCustomerToAnotherCompanyThroughTheApi() {
    ApiClient asAgent = api(agent);

    ApiResponse moved = asAgent.patch("/api/v1/customers/" + contact, Map.of("parentId", companyB));
    assertThat(moved.status()).as(moved.body()).isEqualTo(403);
    assertThat(moved.headers().firstValue("Content-Type").orElse(""))
        .contains("application/problem+json");
    assertThat(customers.details(contact).commercialEntityId()).isEqualTo(companyA);

    ApiResponse phone =
        asAgent.patch("/api/v1/customers/" + contact, Map.of("phone", "+84 90 111 2222"));
    assertThat(phone.status()).as("contact details stay editable").isEqualTo(200);

    long plain = fixtures.contact("Plain", companyA, "plain-" + fixtures.suffix + "@x.test");
    TicketReach.give(context, agent.id(), plain);
    ApiResponse plainMoved =
        asAgent.patch("/api/v1/customers/" + plain, Map.of("parentId", companyB));
    assertThat(plainMoved.status())
        .as("a contact without portal access is moved by agents too")
        .isEqualTo(200);
    assertThat(customers.details(plain).commercialEntityId()).isEqualTo(companyB);
  }

  @Test
  void onTheFormTheCompanyOfAPortalCustomerIsReadOnlyForAnAgent() {
    StaffSession asAgent = StaffSession.signIn(port, agent.login(), HelpdeskFixtures.PASSWORD);
    assertThat(asAgent.get("/customers/" + contact).body()).contains("company-locked-hint");

    HttpResponse<String> refused =
        asAgent.post(
            "/customers/" + contact,
            Map.of(
                "name",
                customers.details(contact).name(),
                "email",
                email,
                "parentId",
                String.valueOf(companyB),
                "addressType",
                "CONTACT",
                "version",
                String.valueOf(customers.details(contact).version())));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("Only managers and administrators move a customer who signs in to the portal");
    assertThat(customers.details(contact).commercialEntityId()).isEqualTo(companyA);

    StaffSession asManager = StaffSession.signIn(port, manager.login(), HelpdeskFixtures.PASSWORD);
    assertThat(asManager.get("/customers/" + contact).body()).doesNotContain("company-locked-hint");
  }

  @Test
  void aManagerMovesAPortalCustomerEndingTheirSessionsWithANoteInTheReadersLanguage() {
    PortalSession portal = PortalSession.attempt(port, email, HelpdeskFixtures.PASSWORD);
    assertThat(portal.get("/my").statusCode()).isEqualTo(200);

    ApiResponse moved =
        api(manager).patch("/api/v1/customers/" + contact, Map.of("parentId", companyB));
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().get("commercialEntityId").asLong()).isEqualTo(companyB);
    assertThat(moved.json().get("portalAccess").asBoolean()).as("the login stays").isTrue();

    HttpResponse<String> afterwards = portal.get("/my");
    assertThat(afterwards.statusCode()).as("the old entity's session ended").isEqualTo(302);
    assertThat(PortalSession.attempt(port, email, HelpdeskFixtures.PASSWORD).signedIn()).isTrue();

    String alpha = customers.details(companyA).name();
    String beta = customers.details(companyB).name();
    assertThat(threads.messagesOf(new DocumentRef("partner.customer", contact)))
        .anySatisfy(
            (Message message) -> {
              assertThat(message.bodyKey()).isEqualTo("mail.portal.log.company-changed");
              assertThat(message.authorUserId()).isEqualTo(manager.id());
              assertThat(message.body()).contains(alpha, beta, manager.name());
            });
    StaffSession staff = StaffSession.signIn(port, manager.login(), HelpdeskFixtures.PASSWORD);
    assertThat(staff.get("/threads/partner.customer/" + contact + "?lang=vi").body())
        .contains("đã chuyển khách hàng từ " + alpha + " sang " + beta);
    assertThat(staff.get("/threads/partner.customer/" + contact + "?lang=en").body())
        .contains("Moved from " + alpha + " to " + beta);
  }

  private ApiClient api(UserSummary user) {
    return ApiClient.at(port).as(user.login(), HelpdeskFixtures.PASSWORD);
  }
}

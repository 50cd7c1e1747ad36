package io.afterdesk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.helpdesk.HelpdeskFixtures;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.helpdesk.TicketDraft;
import io.afterdesk.helpdesk.Tickets;
import io.afterdesk.helpdesk.WebSession;
import io.afterdesk.mail.Author;
import io.afterdesk.mail.MessageKind;
import io.afterdesk.mail.Threads;
import io.afterdesk.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The customer portal over real HTTP (portal login with cookie and CSRF): a customer sees the
 * tickets of their commercial entity only, their messages but no notes, and replies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalTicketsIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Tickets tickets;
  @Autowired Threads threads;
  @Autowired JdbcClient jdbc;

  HelpdeskFixtures fixtures;
  String email;
  long colleagueTicket;
  long ownTicket;
  long otherEntityTicket;
  WebSession portal;

  @BeforeAll
  void setUp() {
    fixtures = new HelpdeskFixtures(context);
    TeamView team = fixtures.team("Portal");
    long company = fixtures.company("Portal Co");
    email = "paula-" + fixtures.suffix + "@portal.test";
    long paula = fixtures.contact("Paula", company, email);
    long colleague =
        fixtures.contact("Colin", company, "colin-" + fixtures.suffix + "@portal.test");
    long stranger = fixtures.contact("Stan", null, "stan-" + fixtures.suffix + "@other.test");
    fixtures.grantPortal(paula);

    ownTicket = ticket(team, "Own " + fixtures.suffix, paula);
    colleagueTicket = ticket(team, "Colleague " + fixtures.suffix, colleague);
    otherEntityTicket = ticket(team, "Stranger " + fixtures.suffix, stranger);
    threads.post(Tickets.ref(ownTicket), Author.staff(1, "Support"), "We are on it");
    threads.note(Tickets.ref(ownTicket), Author.staff(1, "Support"), "Secret internal note");
    tickets.moveToStage(ownTicket, team.stages().get(1).id());

    portal = WebSession.customer(port, email, HelpdeskFixtures.PASSWORD);
  }

  @Test
  void aCustomerSeesTheTicketsOfTheirCommercialEntityOnly() {
    HttpResponse<String> list = portal.get("/my");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body())
        .contains("Own " + fixtures.suffix, "Colleague " + fixtures.suffix)
        .doesNotContain("Stranger " + fixtures.suffix);
    assertThat(portal.get("/my/tickets").body()).contains("portal-ticket-" + colleagueTicket);
  }

  @Test
  void anotherEntitysTicketIs404() {
    assertThat(portal.get("/my/tickets/" + otherEntityTicket).statusCode()).isEqualTo(404);
    assertThat(portal.get("/my/tickets/999999999").statusCode()).isEqualTo(404);
    assertThat(
            portal
                .postFrom(
                    "/my/tickets/" + ownTicket,
                    "/my/tickets/" + otherEntityTicket + "/reply",
                    Map.of("body", "Let me in"))
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void theTicketShowsMessagesButNeitherNotesNorTrackingAndTheReplyIsAMessage() {
    HttpResponse<String> page = portal.get("/my/tickets/" + ownTicket);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("We are on it").doesNotContain("Secret internal note");
    assertThat(page.body()).contains("In Progress");

    HttpResponse<String> replied =
        portal.postFrom(
            "/my/tickets/" + ownTicket,
            "/my/tickets/" + ownTicket + "/reply",
            Map.of("body", "Thanks " + fixtures.suffix));
    assertThat(replied.statusCode()).isEqualTo(302);
    assertThat(
            threads.messagesOf(Tickets.ref(ownTicket)).stream()
                .filter(m -> m.kind() == MessageKind.MESSAGE)
                .filter(m -> m.body().equals("Thanks " + fixtures.suffix))
                .filter(m -> m.authorCustomerId() != null))
        .hasSize(1);
  }

  @Test
  void aCustomerCannotOpenAStaffPage() {
    HttpResponse<String> staffPage = portal.get("/helpdesk/tickets");
    assertThat(staffPage.statusCode()).isNotEqualTo(200);
    assertThat(staffPage.body()).doesNotContain("ticket-list");
  }

  @Test
  void aCustomerOpensATicketFromThePortal() {
    String subject = "Opened online " + fixtures.suffix;
    HttpResponse<String> opened =
        portal.postFrom(
            "/my/tickets/new",
            "/my/tickets",
            Map.of("subject", subject, "description", "It broke"));
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
    assertThat(portal.get("/my").body()).contains(subject);
    assertThat(fixtures.ticketIdsWithSubject(subject)).hasSize(1);
  }

  private long ticket(TeamView team, String subject, long customer) {
    return tickets
        .create(
            new TicketDraft(
                subject, "Help", team.id(), null, null, 0, customer, null, null, null, null,
                List.of()))
        .id();
  }
}

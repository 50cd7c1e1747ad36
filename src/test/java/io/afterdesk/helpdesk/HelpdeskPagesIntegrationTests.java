package io.afterdesk.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
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

/** The helpdesk pages over real HTTP: list, CSV, new ticket, ticket form actions, settings. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HelpdeskPagesIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Teams teams;
  @Autowired Tickets tickets;
  @Autowired JdbcClient jdbc;

  HelpdeskFixtures fixtures;
  UserSummary agent;
  UserSummary admin;
  TeamView team;
  TeamView otherTeam;
  WebSession browser;

  @BeforeAll
  void setUp() {
    fixtures = new HelpdeskFixtures(context);
    agent = fixtures.user("page-agent", Role.AGENT);
    admin = fixtures.user("page-admin", Role.ADMIN);
    team = fixtures.team("Pages", agent);
    otherTeam = fixtures.team("Elsewhere");
    browser = WebSession.staff(port, agent.login(), HelpdeskFixtures.PASSWORD);
  }

  @Test
  void anAgentCreatesATicketFromTheNewTicketPage() {
    HttpResponse<String> form = browser.get("/helpdesk/tickets/new");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("id=\"ticket-form\"");

    String subject = "From the page " + fixtures.suffix;
    HttpResponse<String> created =
        browser.postFrom(
            "/helpdesk/tickets/new",
            "/helpdesk/tickets",
            Map.of(
                "subject",
                subject,
                "teamId",
                String.valueOf(team.id()),
                "priority",
                "2",
                "description",
                "Typed in a browser"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches(".*/helpdesk/tickets/\\d+");

    HttpResponse<String> page = browser.get(location.replaceFirst("^https?://[^/]+", ""));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(subject)
        .contains("id=\"stage-bar\"")
        .contains("id=\"assign-to-me\"")
        .contains("id=\"priority-star-2\"")
        .contains("chatter-");
  }

  @Test
  void aMissingSubjectShowsTheErrorAndWritesNothing() {
    HttpResponse<String> refused =
        browser.postFrom(
            "/helpdesk/tickets/new",
            "/helpdesk/tickets",
            Map.of("subject", "", "teamId", String.valueOf(team.id()), "priority", "0"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("is-invalid");
  }

  @Test
  void theStageBarAssignToMeAndPriorityStarsChangeTheTicket() {
    long id = ticket("Worked " + fixtures.suffix, team);
    String page = "/helpdesk/tickets/" + id;
    long solved = team.stages().get(2).id();

    assertThat(
            browser
                .postFrom(page, page + "/stage", Map.of("stageId", String.valueOf(solved)))
                .statusCode())
        .isEqualTo(302);
    assertThat(browser.postFrom(page, page + "/assign-to-me", Map.of()).statusCode())
        .isEqualTo(302);
    assertThat(browser.postFrom(page, page + "/priority", Map.of("priority", "3")).statusCode())
        .isEqualTo(302);

    TicketView ticket = jdbcView(id);
    assertThat(ticket.stageId()).isEqualTo(solved);
    assertThat(ticket.closedAt()).isNotNull();
    assertThat(ticket.assigneeId()).isEqualTo(agent.id());
    assertThat(ticket.priority()).isEqualTo(3);
    assertThat(browser.get(page).body()).contains("id=\"ticket-closed-at\"");
  }

  @Test
  void theTicketFormSavesItsFieldsAndRefusesAStaleVersion() {
    long id = ticket("Editable " + fixtures.suffix, team);
    String page = "/helpdesk/tickets/" + id;
    TicketView before = tickets.get(id);
    Map<String, String> fields =
        Map.of(
            "subject",
            "Edited " + fixtures.suffix,
            "teamId",
            String.valueOf(team.id()),
            "assigneeId",
            String.valueOf(agent.id()),
            "priority",
            "1",
            "email",
            "edited@example.test",
            "version",
            String.valueOf(before.version()));

    HttpResponse<String> saved = browser.postFrom(page, page, fields);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    TicketView after = tickets.get(id);
    assertThat(after.subject()).isEqualTo("Edited " + fixtures.suffix);
    assertThat(after.assigneeId()).isEqualTo(agent.id());
    assertThat(after.email()).isEqualTo("edited@example.test");
    assertThat(after.stageId()).isEqualTo(before.stageId());

    HttpResponse<String> stale = browser.postFrom(page, page, fields);
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body()).contains("Someone else changed this record meanwhile");
  }

  @Test
  void theListSearchesAndExportsTheFilteredListAsCsv() {
    String marker = "Exported" + fixtures.suffix;
    ticket(marker + " one", team);
    ticket(marker + " two", team);
    ticket("Not in the export " + fixtures.suffix, team);

    HttpResponse<String> list = browser.get("/helpdesk/tickets?q=" + marker);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(marker + " one", marker + " two");
    assertThat(list.body()).doesNotContain("Not in the export");

    for (String path :
        List.of("/helpdesk/tickets.csv?q=" + marker, "/helpdesk/tickets?format=csv&q=" + marker)) {
      HttpResponse<String> csv = browser.get(path);
      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
      List<String> lines = csv.body().lines().toList();
      assertThat(lines).hasSize(3);
      assertThat(lines.get(0)).contains("Reference", "Subject", "Stage");
      assertThat(csv.body()).contains(marker + " one", marker + " two");
    }

    HttpResponse<String> grouped =
        browser.get("/helpdesk/tickets?grouped=true&open=true&mine=false&q=" + marker);
    assertThat(grouped.statusCode()).isEqualTo(200);
    assertThat(grouped.body()).contains(team.name() + " · New");
  }

  @Test
  void anAgentDoesNotSeeTheTicketsOfAnotherTeamInTheList() {
    long foreign = ticket("Foreign " + fixtures.suffix, otherTeam);
    assertThat(browser.get("/helpdesk/tickets?q=Foreign+" + fixtures.suffix).body())
        .doesNotContain("ticket-row-" + foreign);
    assertThat(browser.get("/helpdesk/tickets.csv?q=Foreign+" + fixtures.suffix).body())
        .doesNotContain("Foreign");
  }

  @Test
  void theSettingsPagesShowTeamsStagesAndTags() {
    WebSession asAdmin = WebSession.staff(port, admin.login(), HelpdeskFixtures.PASSWORD);
    assertThat(asAdmin.get("/settings/teams").body()).contains(team.name());
    assertThat(asAdmin.get("/settings/teams/" + team.id()).body()).contains("id=\"add-stage\"");
    assertThat(asAdmin.get("/settings/teams/new").statusCode()).isEqualTo(200);
    assertThat(browser.get("/settings/teams").statusCode())
        .as("an agent is not allowed")
        .isNotEqualTo(200);

    String tag = "Tag" + fixtures.suffix;
    asAdmin.postFrom("/settings/tags", "/settings/tags", Map.of("name", tag));
    asAdmin.postFrom("/settings/tags", "/settings/tags", Map.of("name", tag.toUpperCase()));
    HttpResponse<String> tags = asAdmin.get("/settings/tags");
    assertThat(tags.body()).contains(tag).contains("Tag name already exists!");

    String page = "/settings/teams/" + team.id();
    assertThat(
            asAdmin
                .postFrom(page, page + "/stages", Map.of("name", "Waiting", "closing", "false"))
                .statusCode())
        .isEqualTo(302);
    assertThat(teams.get(team.id()).stages())
        .extracting(StageView::name)
        .containsExactly("New", "In Progress", "Solved", "Cancelled", "Waiting");
  }

  private long ticket(String subject, TeamView in) {
    return tickets
        .create(
            new TicketDraft(
                subject, null, in.id(), null, null, 0, null, null, null, null, null, List.of()))
        .id();
  }

  private TicketView jdbcView(long id) {
    return tickets.get(id);
  }
}

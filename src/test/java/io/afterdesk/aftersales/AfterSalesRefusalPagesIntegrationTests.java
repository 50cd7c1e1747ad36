package io.afterdesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.Tracking;
import io.afterdesk.helpdesk.AfterSalesSwitches;
import io.afterdesk.helpdesk.TeamDraft;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.helpdesk.Teams;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.StaffSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A team switch turned off while a ticket is open: the Refund and Return pages answer a readable
 * message (409), never a 500, and the API a 409 problem.
 */
class AfterSalesRefusalPagesIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Teams teams;

  @Test
  void switchedOffRefundsAndReturnsAreExplainedOnThePagesAndTheApi() {
    RefundFixtures fixtures = new RefundFixtures(context, port);
    UserSummary agent = fixtures.user("switch", Role.AGENT);
    TeamView team =
        teams.create(
            new TeamDraft(
                "Switch " + fixtures.suffix,
                List.of(agent.id()),
                new AfterSalesSwitches(true, false, true, false, false),
                null,
                null));
    long company = fixtures.company("Switch");
    long product = fixtures.product("Heater", Tracking.NONE, "25.00");
    InvoiceView invoice = fixtures.postedInvoice(company, product, "1");
    long ticket = fixtures.ticket(agent, team, company, null, null, null);
    StaffSession session = StaffSession.signIn(port, agent.login(), RefundFixtures.PASSWORD);
    assertThat(session.get("/aftersales/tickets/" + ticket + "/refund").statusCode())
        .isEqualTo(200);

    teams.update(
        team.id(),
        new TeamDraft(team.name(), List.of(agent.id()), AfterSalesSwitches.none(), null, null));

    HttpResponse<String> refund = session.get("/aftersales/tickets/" + ticket + "/refund");
    assertThat(refund.statusCode()).isEqualTo(409);
    assertThat(refund.body()).contains("Refunds are switched off for this team.");
    HttpResponse<String> submitted =
        session.post(
            "/aftersales/tickets/" + ticket + "/refund",
            Map.of(
                "invoiceIds",
                String.valueOf(invoice.id()),
                "reasonCode",
                "DEFECTIVE",
                "reversalDate",
                LocalDate.now().toString(),
                "mode",
                "REVERSE"));
    assertThat(submitted.statusCode()).isEqualTo(409);
    assertThat(submitted.body()).contains("Refunds are switched off for this team.");
    HttpResponse<String> returns = session.get("/aftersales/tickets/" + ticket + "/return");
    assertThat(returns.statusCode()).isEqualTo(409);
    assertThat(returns.body()).contains("Returns are switched off for this team.");

    ApiResponse api = fixtures.api(agent).get("/api/v1/tickets/" + ticket + "/refund");
    assertThat(api.status()).isEqualTo(409);
    assertThat(api.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(api.json().get("detail").asString())
        .isEqualTo("Refunds are switched off for this team.");
  }

  @Test
  void aProductWithNothingLeftToRefundStillOffersTheProductFilterToWiden() {
    RefundFixtures fixtures = new RefundFixtures(context, port);
    UserSummary agent = fixtures.user("widen", Role.AGENT);
    TeamView team =
        teams.create(
            new TeamDraft(
                "Widen " + fixtures.suffix,
                List.of(agent.id()),
                new AfterSalesSwitches(true, false, true, false, false),
                null,
                null));
    long company = fixtures.company("Widen");
    long bought = fixtures.product("Kettle", Tracking.NONE, "30.00");
    long neverBought = fixtures.product("Helmet", Tracking.NONE, "45.00");
    InvoiceView invoice = fixtures.postedInvoice(company, bought, "1");
    long ticket = fixtures.ticket(agent, team, company, neverBought, null, null);
    StaffSession session = StaffSession.signIn(port, agent.login(), RefundFixtures.PASSWORD);

    String narrowed = session.get("/aftersales/tickets/" + ticket + "/refund").body();
    assertThat(narrowed).contains("id=\"refund-empty\"").contains("id=\"refund-productId\"");
    assertThat(narrowed).doesNotContain("id=\"invoice-" + invoice.id() + "\"");

    String widened =
        session.get("/aftersales/tickets/" + ticket + "/refund?productId=&salesOrderId=").body();
    assertThat(widened).contains("id=\"invoice-" + invoice.id() + "\"");
  }
}

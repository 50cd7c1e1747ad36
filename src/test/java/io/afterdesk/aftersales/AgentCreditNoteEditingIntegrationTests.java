package io.afterdesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.Tracking;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.invoicing.InvoiceLineView;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.StaffSession;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * SPEC §0/§3: the agent edits the draft credit note made from their ticket (lower quantities and
 * prices, remove lines; never past the cap; one line kept), on the page and through the API;
 * posting stays with managers and admins; an agent of another team may not edit it.
 */
class AgentCreditNoteEditingIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Invoices invoices;

  @Test
  void theAgentEditsAndTrimsTheDraftCreditNoteOfTheirTicket() {
    RefundFixtures fixtures = new RefundFixtures(context, port);
    UserSummary agent = fixtures.user("editor", Role.AGENT);
    TeamView team = fixtures.team("Editors", true, agent);
    long company = fixtures.company("Trim");
    long kettle = fixtures.product("Kettle", Tracking.NONE, "20.00");
    long cup = fixtures.product("Cup", Tracking.NONE, "5.00");
    InvoiceView invoice =
        fixtures.postedInvoice(company, new LinkedHashMap<>(Map.of(kettle, "3", cup, "2")));
    long ticket = fixtures.ticket(agent, team, company, null, null, null);
    ApiClient api = fixtures.api(agent);
    ApiResponse made =
        api.post(
            "/api/v1/tickets/" + ticket + "/refund",
            RefundFixtures.refundBody(List.of(invoice.id()), "REVERSE"));
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    long note = made.json().get("creditNoteIds").get(0).asLong();
    long kettleLine = lineOf(invoice, kettle).id();
    long cupLine = lineOf(invoice, cup).id();

    ApiResponse lowered =
        api.patch(
            "/api/v1/invoices/" + note,
            Map.of("lines", List.of(line(kettleLine, "1"), line(cupLine, "0"))));
    assertThat(lowered.status()).as(lowered.body()).isEqualTo(200);
    InvoiceView trimmed = invoices.get(note);
    assertThat(trimmed.lines()).hasSize(1);
    assertThat(trimmed.lines().get(0).creditedLineId()).isEqualTo(kettleLine);
    assertThat(trimmed.lines().get(0).quantity()).isEqualByComparingTo("1");

    assertThat(
            api.patch("/api/v1/invoices/" + note, Map.of("lines", List.of(line(kettleLine, "4"))))
                .status())
        .isEqualTo(409);
    ApiResponse last =
        api.patch("/api/v1/invoices/" + note, Map.of("lines", List.of(line(kettleLine, "0"))));
    assertThat(last.status()).isEqualTo(409);
    assertThat(last.json().get("detail").asString()).contains("keeps at least one line");
    assertThat(api.post("/api/v1/invoices/" + note + "/post", Map.of()).status()).isEqualTo(403);
    assertThat(invoices.get(note).isDraft()).isTrue();

    StaffSession session = StaffSession.signIn(port, agent.login(), RefundFixtures.PASSWORD);
    HttpResponse<String> page = session.get("/invoicing/invoices/" + note);
    assertThat(page.body()).contains("id=\"credit-line-0-quantity\"");
    assertThat(page.body()).doesNotContain("id=\"invoice-post\"");
    HttpResponse<String> saved =
        session.post(
            "/invoicing/invoices/" + note,
            Map.of(
                "version",
                String.valueOf(invoices.get(note).version()),
                "creditLines[0].creditedLineId",
                String.valueOf(kettleLine),
                "creditLines[0].quantity",
                "2",
                "creditLines[0].unitPrice",
                "15.00"));
    assertThat(saved.statusCode()).isEqualTo(302);
    InvoiceLineView edited = invoices.get(note).lines().get(0);
    assertThat(edited.quantity()).isEqualByComparingTo("2");
    assertThat(edited.unitPrice().amount()).isEqualByComparingTo(new BigDecimal("15.00"));

    UserSummary stranger = fixtures.user("stranger", Role.AGENT);
    fixtures.team("Strangers", true, stranger);
    assertThat(
            fixtures
                .api(stranger)
                .patch("/api/v1/invoices/" + note, Map.of("lines", List.of(line(kettleLine, "1"))))
                .status())
        .isIn(403, 404);
    assertThat(invoices.get(note).lines().get(0).quantity()).isEqualByComparingTo("2");
  }

  private static Map<String, Object> line(long creditedLineId, String quantity) {
    return Map.of("creditedLineId", creditedLineId, "quantity", quantity);
  }

  private static InvoiceLineView lineOf(InvoiceView invoice, long productId) {
    return invoice.lines().stream()
        .filter(l -> Long.valueOf(productId).equals(l.productId()))
        .findFirst()
        .orElseThrow();
  }
}

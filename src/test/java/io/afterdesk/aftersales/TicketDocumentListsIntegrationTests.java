package io.afterdesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.Money;
import io.afterdesk.helpdesk.AfterSalesSwitches;
import io.afterdesk.helpdesk.TeamDraft;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.helpdesk.Teams;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.StaffSession;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The lists the Credit Notes and Returns smart buttons open show money with the currency's decimals
 * and states and reason codes by their names, in English and Vietnamese, as the invoice and
 * transfer pages do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketDocumentListsIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Teams teams;
  @Autowired Transfers transfers;
  @Autowired Invoices invoices;

  UserSummary agent;
  long ticket;
  Money creditNoteTotal;

  @BeforeAll
  void ticketWithACreditNoteAndAReturn() {
    RefundFixtures fixtures = new RefundFixtures(context, port);
    agent = fixtures.user("lister", Role.AGENT);
    TeamView team =
        teams.create(
            new TeamDraft(
                "Lists " + fixtures.suffix,
                List.of(agent.id()),
                new AfterSalesSwitches(true, false, true, false, false),
                null,
                null));
    long company = fixtures.company("Listed");
    long product = fixtures.product("Lube", Tracking.NONE, "55.18");
    fixtures.inStock(product, "10");
    SalesOrderView order =
        fixtures.shippedAndInvoiced(company, product, "1", null, LocalDate.now());
    ticket = fixtures.ticket(agent, team, company, product, null, order.id());
    ApiClient api = fixtures.api(agent);
    ApiResponse refund =
        api.post(
            "/api/v1/tickets/" + ticket + "/refund",
            RefundFixtures.refundBody(order.invoiceIds(), "REVERSE_AND_CREATE_INVOICE"));
    assertThat(refund.status()).as(refund.body()).isEqualTo(201);
    creditNoteTotal = invoices.get(refund.json().get("creditNoteIds").get(0).asLong()).total();
    long delivery = order.deliveryIds().get(0);
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("moveId", transfers.get(delivery).moves().get(0).id());
    line.put("quantity", "1");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("deliveryId", delivery);
    body.put("reasonCode", "WRONG_ITEM");
    body.put("lines", List.of(line));
    ApiResponse ret = api.post("/api/v1/tickets/" + ticket + "/return", body);
    assertThat(ret.status()).as(ret.body()).isEqualTo(201);
  }

  @Test
  void theCreditNotesListShowsRoundedMoneyAndNamedStateAndReason() {
    StaffSession session = StaffSession.signIn(port, agent.login(), RefundFixtures.PASSWORD);
    String page = session.get("/aftersales/tickets/" + ticket + "/credit-notes").body();
    String rounded = creditNoteTotal.amount().setScale(2, RoundingMode.HALF_UP).toPlainString();
    String raw = creditNoteTotal.amount().setScale(4, RoundingMode.HALF_UP).toPlainString();
    assertThat(page).contains(">" + rounded + " USD<").doesNotContain(raw);
    assertThat(page).contains(">Posted<", ">Defective<");
    assertThat(page).doesNotContain(">POSTED<", ">DEFECTIVE<");

    String vi = session.get("/aftersales/tickets/" + ticket + "/credit-notes?lang=vi").body();
    assertThat(vi).contains(">Đã ghi sổ<", ">Bị lỗi<").doesNotContain(">Posted<");
  }

  @Test
  void theReturnsListShowsNamedStateAndReason() {
    StaffSession session = StaffSession.signIn(port, agent.login(), RefundFixtures.PASSWORD);
    String page = session.get("/aftersales/tickets/" + ticket + "/returns").body();
    assertThat(page).contains(">Ready<", ">Wrong item<");
    assertThat(page).doesNotContain(">READY<", ">WRONG_ITEM<");

    String vi = session.get("/aftersales/tickets/" + ticket + "/returns?lang=vi").body();
    assertThat(vi).contains(">Sẵn sàng<", ">Giao nhầm hàng<").doesNotContain(">Ready<");
  }
}

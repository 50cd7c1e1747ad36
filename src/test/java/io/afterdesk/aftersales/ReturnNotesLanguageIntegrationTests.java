package io.afterdesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.helpdesk.AfterSalesSwitches;
import io.afterdesk.helpdesk.TeamDraft;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.helpdesk.Teams;
import io.afterdesk.helpdesk.Tickets;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.mail.Message;
import io.afterdesk.mail.Threads;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.StaffSession;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The return's chatter notes — "Return created" on the ticket, "Created from ticket" on the return,
 * "Return done" from the status listener — are stored as message keys and shown in the reader's
 * language.
 */
@EnableScenarios
class ReturnNotesLanguageIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Teams teams;
  @Autowired Transfers transfers;
  @Autowired Threads threads;

  @Test
  void aVietnameseReaderSeesTheReturnNotesInVietnameseAndAnEnglishReaderInEnglish(
      Scenario scenario) {
    RefundFixtures fixtures = new RefundFixtures(context, port);
    UserSummary agent = fixtures.user("ret-lang", Role.AGENT);
    TeamView team =
        teams.create(
            new TeamDraft(
                "Returns " + UUID.randomUUID().toString().substring(0, 8),
                List.of(agent.id()),
                new AfterSalesSwitches(false, false, true, false, false),
                null,
                null));
    long company = fixtures.company("Ret Lang Co");
    long product = fixtures.product("Kettle", Tracking.NONE, "12.00");
    fixtures.inStock(product, "5");
    SalesOrderView order =
        fixtures.shippedAndInvoiced(company, product, "2", null, LocalDate.now());
    long delivery = order.deliveryIds().get(0);
    long move = transfers.get(delivery).moves().get(0).id();
    long ticket = fixtures.ticket(agent, team, company, product, null, null);
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("moveId", move);
    line.put("quantity", "1");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("deliveryId", delivery);
    body.put("reasonCode", "DEFECTIVE");
    body.put("lines", List.of(line));
    ApiResponse created = fixtures.api(agent).post("/api/v1/tickets/" + ticket + "/return", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long ret = created.json().get("returnId").asLong();

    scenario
        .stimulate(() -> transfers.validate(ret, List.of()))
        .andWaitForStateChange(
            () -> keysOf(Tickets.ref(ticket)), keys -> keys.contains("aftersales.note.return-done"))
        .andVerify(keys -> assertThat(keys).contains("aftersales.note.return-created"));

    StaffSession session = StaffSession.signIn(port, agent.login(), RefundFixtures.PASSWORD);
    String ticketVi = session.get("/threads/helpdesk.ticket/" + ticket + "?lang=vi").body();
    assertThat(ticketVi)
        .contains("Đã tạo phiếu trả hàng", "Đã nhận hàng trả")
        .doesNotContain("Return created", "Return done");
    String returnVi = session.get("/threads/inventory.transfer/" + ret + "?lang=vi").body();
    assertThat(returnVi).contains("Được tạo từ phiếu").doesNotContain("Created from ticket");

    String ticketEn = session.get("/threads/helpdesk.ticket/" + ticket + "?lang=en").body();
    assertThat(ticketEn).contains("Return created", "Return done");
  }

  private List<String> keysOf(DocumentRef document) {
    return threads.messagesOf(document).stream()
        .map(Message::bodyKey)
        .filter(java.util.Objects::nonNull)
        .toList();
  }
}

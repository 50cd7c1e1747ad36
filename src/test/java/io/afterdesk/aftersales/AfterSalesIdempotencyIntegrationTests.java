package io.afterdesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.Tracking;
import io.afterdesk.helpdesk.AfterSalesSwitches;
import io.afterdesk.helpdesk.TeamDraft;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.helpdesk.Teams;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.inventory.Stock;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.StaffSession;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Idempotency keys of after-sales actions belong to their caller: the same key sent by two users is
 * two actions, never one user's stored answer replayed to the other, and no user can block
 * another's key.
 */
class AfterSalesIdempotencyIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Teams teams;
  @Autowired Transfers transfers;
  @Autowired Stock stock;
  @Autowired Invoices invoices;

  RefundFixtures fixtures;
  ApiClient agent;
  ApiClient manager;
  UserSummary agentUser;
  UserSummary managerUser;
  long ticket;
  SalesOrderView order;
  long delivery;

  @BeforeEach
  void data() {
    fixtures = new RefundFixtures(context, port);
    agentUser = fixtures.user("keyed-agent", Role.AGENT);
    managerUser = fixtures.user("keyed-manager", Role.MANAGER);
    TeamView team =
        teams.create(
            new TeamDraft(
                "Keyed " + fixtures.suffix,
                List.of(agentUser.id()),
                new AfterSalesSwitches(true, false, true, false, false),
                null,
                null));
    agent = fixtures.api(agentUser);
    manager = fixtures.api(managerUser);
    long company = fixtures.company("Keyed Buyer");
    long product = fixtures.product("Blender", Tracking.NONE, "40.00");
    fixtures.inStock(product, "10");
    order = fixtures.shippedAndInvoiced(company, product, "3", null, LocalDate.now());
    delivery = order.deliveryIds().get(0);
    ticket = fixtures.ticket(agentUser, team, company, product, null, null);
  }

  Map<String, Object> returnOf(String quantity) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("moveId", transfers.get(delivery).moves().get(0).id());
    line.put("quantity", quantity);
    line.put("lotIds", List.of());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("deliveryId", delivery);
    body.put("returnLocationId", stock.locationNamed("WH/Returns").id());
    body.put("reasonCode", "DEFECTIVE");
    body.put("exchange", false);
    body.put("lines", List.of(line));
    return body;
  }

  @Test
  void theSameKeyByTwoUsersMakesTwoReturns() {
    String key = UUID.randomUUID().toString();
    String path = "/api/v1/tickets/" + ticket + "/return";

    ApiResponse byAgent = agent.post(path, returnOf("1"), key);
    ApiResponse byManager = manager.post(path, returnOf("1"), key);

    assertThat(byAgent.status()).as(byAgent.body()).isEqualTo(201);
    assertThat(byManager.status()).as(byManager.body()).isEqualTo(201);
    assertThat(byManager.json().get("returnId").asLong())
        .isNotEqualTo(byAgent.json().get("returnId").asLong());
    assertThat(agent.get("/api/v1/tickets/" + ticket + "/returns").json().get("total").asLong())
        .isEqualTo(2);
    // each caller's repeat still replays their own first answer
    assertThat(agent.post(path, returnOf("1"), key).json().get("returnId").asLong())
        .isEqualTo(byAgent.json().get("returnId").asLong());
  }

  @Test
  void anotherUserCannotBlockAKeyWithAnotherBody() {
    String key = UUID.randomUUID().toString();
    String path = "/api/v1/tickets/" + ticket + "/return";

    ApiResponse byManager = manager.post(path, returnOf("1"), key);
    ApiResponse byAgent = agent.post(path, returnOf("2"), key);

    assertThat(byManager.status()).as(byManager.body()).isEqualTo(201);
    assertThat(byAgent.status()).as(byAgent.body()).isEqualTo(201);
    assertThat(transfers.get(byAgent.json().get("returnId").asLong()).moves().get(0).quantity())
        .isEqualByComparingTo("2");
  }

  @Test
  void theReturnDialogsKeyIsTheCallersToo() {
    long move = transfers.get(delivery).moves().get(0).id();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("idempotencyKey", UUID.randomUUID().toString());
    form.put("deliveryId", String.valueOf(delivery));
    form.put("moveIds", String.valueOf(move));
    form.put("qty-" + move, "1");
    form.put("returnLocationId", String.valueOf(stock.locationNamed("WH/Returns").id()));
    form.put("reasonCode", "DEFECTIVE");
    form.put("action", "return");
    String path = "/aftersales/tickets/" + ticket + "/return";

    StaffSession byAgent = StaffSession.signIn(port, agentUser.login(), RefundFixtures.PASSWORD);
    byAgent.get(path);
    assertThat(byAgent.post(path, form).statusCode()).isEqualTo(302);
    StaffSession byManager =
        StaffSession.signIn(port, managerUser.login(), RefundFixtures.PASSWORD);
    byManager.get(path);
    assertThat(byManager.post(path, form).statusCode()).isEqualTo(302);

    assertThat(agent.get("/api/v1/tickets/" + ticket + "/returns").json().get("total").asLong())
        .isEqualTo(2);
  }

  @Test
  void aManagerRepeatingTheAgentsRefundKeyGetsTheirOwnAnswerNotTheAgents() {
    String key = UUID.randomUUID().toString();
    String path = "/api/v1/tickets/" + ticket + "/refund";
    Map<String, Object> body = RefundFixtures.refundBody(order.invoiceIds(), "REVERSE");

    ApiResponse byAgent = agent.post(path, body, key);
    ApiResponse byManager = manager.post(path, body, key);

    assertThat(byAgent.status()).as(byAgent.body()).isEqualTo(201);
    long creditNote = byAgent.json().get("creditNoteIds").get(0).asLong();
    // the invoice is fully credited: the manager's own refund is refused, nothing is replayed
    assertThat(byManager.status()).as(byManager.body()).isEqualTo(409);
    assertThat(byManager.body()).doesNotContain("creditNoteIds");
    assertThat(invoices.creditNotesOf(order.invoiceIds().get(0)))
        .extracting(r -> r.id())
        .containsExactly(creditNote);
  }
}

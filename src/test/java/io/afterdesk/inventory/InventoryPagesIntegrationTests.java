package io.afterdesk.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.identity.NewUser;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.support.StaffSession;
import io.afterdesk.support.TicketReach;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The inventory pages render for staff; managers validate through the dialog, agents only read. */
class InventoryPagesIntegrationTests extends InventoryIntegrationTest {

  @LocalServerPort int port;
  @Autowired UserManagement users;
  @Autowired InventoryFixtures fixtures;
  @Autowired Transfers transfers;
  @Autowired Stock stock;
  @Autowired ApplicationContext context;

  private StaffSession session(Role role) {
    String login = role.name().toLowerCase() + "-inv-" + InventoryFixtures.suffix();
    users.create(new NewUser(login, "User " + login, null, "secret", role, Set.of()));
    return StaffSession.signIn(port, login, "secret");
  }

  @Test
  void aManagerValidatesADeliveryChoosingTheSerialInTheDialog() {
    ProductSummary bike = fixtures.product(Tracking.SERIAL);
    List<LotSummary> serials = fixtures.lots(bike, 2);
    fixtures.putInStock(bike, serials.get(0), "1");
    TransferView delivery = fixtures.delivery(fixtures.customer(), bike, "1");
    long moveId = delivery.moves().get(0).id();
    StaffSession manager = session(Role.MANAGER);

    HttpResponse<String> list = manager.get("/inventory/transfers?q=" + delivery.number());
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body())
        .contains("transfer-row-" + delivery.id())
        .contains("id=\"transfer-new\"");
    HttpResponse<String> form = manager.get("/inventory/transfers/" + delivery.id());
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains("id=\"status-bar\"")
        .contains("id=\"transfer-validate\"")
        .contains("id=\"transfer-cancel\"")
        .contains("move-" + moveId)
        .contains(bike.displayName());
    HttpResponse<String> dialog =
        manager.get("/inventory/transfers/" + delivery.id() + "/validate");
    assertThat(dialog.statusCode()).isEqualTo(200);
    assertThat(dialog.body())
        .contains("id=\"validate-form\"")
        .contains("lot-" + moveId + "-" + serials.get(0).id())
        .doesNotContain("lot-" + moveId + "-" + serials.get(1).id());

    HttpResponse<String> missing =
        manager.post("/inventory/transfers/" + delivery.id() + "/validate", Map.of());
    assertThat(missing.statusCode()).isEqualTo(200);
    assertThat(missing.body()).contains("id=\"validate-error\"");
    HttpResponse<String> done =
        manager.post(
            "/inventory/transfers/" + delivery.id() + "/validate",
            Map.of("lots-" + moveId, String.valueOf(serials.get(0).id())));
    assertThat(done.statusCode()).isEqualTo(302);
    assertThat(done.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/inventory/transfers/" + delivery.id()));
    assertThat(transfers.get(delivery.id()).state()).isEqualTo(TransferState.DONE);
    assertThat(stock.onHand(bike.id(), fixtures.customersLocation(), serials.get(0).id()))
        .isEqualByComparingTo("1");
    assertThat(manager.get("/inventory/transfers/" + delivery.id()).body())
        .contains(serials.get(0).name())
        .doesNotContain("id=\"transfer-validate\"");
  }

  @Test
  void aPartialValidationFromTheDialogLinksTheBackorder() {
    ProductSummary cable = fixtures.product(Tracking.NONE);
    fixtures.putInStock(cable, "10");
    TransferView delivery = fixtures.delivery(fixtures.customer(), cable, "4");
    long moveId = delivery.moves().get(0).id();
    StaffSession manager = session(Role.MANAGER);
    manager.get("/inventory/transfers/" + delivery.id());

    HttpResponse<String> done =
        manager.post(
            "/inventory/transfers/" + delivery.id() + "/validate",
            Map.of("quantity-" + moveId, "1"));

    assertThat(done.statusCode()).isEqualTo(302);
    TransferRow backorder = transfers.backordersOf(delivery.id()).get(0);
    HttpResponse<String> page = manager.get("/inventory/transfers/" + delivery.id());
    assertThat(page.body())
        .contains(backorder.number())
        .contains("transfer-backorder-" + backorder.id());
    assertThat(manager.get("/inventory/transfers/" + backorder.id()).body())
        .contains("id=\"transfer-backorder-of\"");
  }

  @Test
  void theFormLinksItsOriginThroughTheRegistryOfDocumentLinks() {
    ProductSummary cable = fixtures.product(Tracking.NONE);
    fixtures.putInStock(cable, "5");
    TransferView delivery =
        transfers.createDelivery(
            new DeliveryRequest(
                fixtures.customer(),
                null,
                "EXT-77",
                new DocumentRef(ElsewhereDocumentLinks.TYPE, 77),
                List.of(TransferLine.of(cable.id(), new BigDecimal("2")))));
    long moveId = delivery.moves().get(0).id();
    transfers.validate(delivery.id(), List.of());
    TransferView ret =
        transfers.createReturn(
            new ReturnRequest(
                delivery.id(),
                null,
                null,
                null,
                List.of(new ReturnRequest.ReturnLine(moveId, BigDecimal.ONE))));
    StaffSession manager = session(Role.MANAGER);

    String form = manager.get("/inventory/transfers/" + delivery.id()).body();
    assertThat(form)
        .containsPattern("href=\"/elsewhere/77\"[^>]*id=\"transfer-origin-link\"")
        .containsPattern("id=\"transfer-created-from\" href=\"/elsewhere/77\">Elsewhere 77<");
    assertThat(manager.get("/inventory/transfers/" + ret.id()).body())
        .containsPattern(
            "href=\"/inventory/transfers/" + delivery.id() + "\"[^>]*id=\"transfer-origin-link\"");
  }

  @Test
  void anAgentReadsEveryPageButCannotChangeAnything() {
    ProductSummary paste = fixtures.product(Tracking.LOT);
    LotSummary lot = fixtures.lots(paste, 1).get(0);
    fixtures.putInStock(paste, lot, "3");
    long customer = fixtures.customer();
    TransferView delivery = fixtures.delivery(customer, paste, "1");
    String login = "agent-inv-" + InventoryFixtures.suffix();
    long agentId =
        users
            .create(new NewUser(login, "User " + login, null, "secret", Role.AGENT, Set.of()))
            .id();
    TicketReach.give(context, agentId, customer);
    StaffSession agent = StaffSession.signIn(port, login, "secret");

    assertThat(agent.get("/inventory/transfers").statusCode()).isEqualTo(200);
    HttpResponse<String> form = agent.get("/inventory/transfers/" + delivery.id());
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .doesNotContain("id=\"transfer-validate\"")
        .contains("id=\"status-bar\"");
    HttpResponse<String> stockPage = agent.get("/inventory/stock?q=" + paste.reference());
    assertThat(stockPage.statusCode()).isEqualTo(200);
    assertThat(stockPage.body()).contains(lot.name());
    HttpResponse<String> product = agent.get("/inventory/products/" + paste.id());
    assertThat(product.statusCode()).isEqualTo(200);
    assertThat(product.body()).contains("id=\"product-on-hand\"").contains(lot.name());
    assertThat(agent.get("/inventory/transfers?format=csv&q=" + delivery.number()).body())
        .contains(delivery.number());
    assertThat(agent.get("/inventory/stock?format=csv&q=" + paste.reference()).body())
        .contains(lot.name());

    assertThat(
            agent.post("/inventory/transfers/" + delivery.id() + "/cancel", Map.of()).statusCode())
        .isEqualTo(403);
    assertThat(
            agent
                .post(
                    "/inventory/adjustments",
                    Map.of(
                        "productId", String.valueOf(paste.id()),
                        "locationId", String.valueOf(fixtures.stockLocation()),
                        "lotId", String.valueOf(lot.id()),
                        "quantity", "9"))
                .statusCode())
        .isEqualTo(403);
    assertThat(stock.onHand(paste.id(), fixtures.stockLocation(), lot.id()))
        .isEqualByComparingTo("3");
  }

  @Test
  void aManagerCreatesAReceiptAndAdjustsStockThroughTheForms() {
    ProductSummary cable = fixtures.product(Tracking.NONE);
    ProductSummary paste = fixtures.product(Tracking.LOT);
    LotSummary lot = fixtures.lots(paste, 1).get(0);
    StaffSession manager = session(Role.MANAGER);

    assertThat(manager.get("/inventory/transfers/new").body()).contains("id=\"transfer-form\"");
    HttpResponse<String> created =
        manager.post(
            "/inventory/transfers",
            Map.of(
                "kind",
                "RECEIPT",
                "origin",
                "PO-X",
                "productId",
                String.valueOf(cable.id()),
                "quantity",
                "6"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    String location = created.headers().firstValue("Location").orElseThrow();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    assertThat(transfers.get(id).number()).startsWith("WH/IN/");
    HttpResponse<String> noCustomer =
        manager.post(
            "/inventory/transfers",
            Map.of("kind", "DELIVERY", "productId", String.valueOf(cable.id()), "quantity", "1"));
    assertThat(noCustomer.statusCode()).isEqualTo(200);
    assertThat(noCustomer.body()).contains("is-invalid");

    HttpResponse<String> form = manager.get("/inventory/adjustments?productId=" + paste.id());
    assertThat(form.body()).contains("id=\"adjustment-form\"").contains(lot.name());
    assertThat(manager.get("/inventory/adjustments/lots?productId=" + paste.id()).body())
        .contains(lot.name());
    HttpResponse<String> adjusted =
        manager.post(
            "/inventory/adjustments",
            Map.of(
                "productId", String.valueOf(paste.id()),
                "locationId", String.valueOf(fixtures.stockLocation()),
                "lotId", String.valueOf(lot.id()),
                "quantity", "7"));
    assertThat(adjusted.statusCode()).as(adjusted.body()).isEqualTo(302);
    assertThat(stock.onHand(paste.id(), fixtures.stockLocation(), lot.id()))
        .isEqualByComparingTo("7");
    HttpResponse<String> withoutLot =
        manager.post(
            "/inventory/adjustments",
            Map.of(
                "productId", String.valueOf(paste.id()),
                "locationId", String.valueOf(fixtures.stockLocation()),
                "quantity", "7"));
    assertThat(withoutLot.statusCode()).isEqualTo(200);
    assertThat(withoutLot.body()).contains("Lots/serial numbers are required");
  }
}

package io.afterdesk.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.identity.NewUser;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.TicketReach;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** The inventory API: shapes of API.md, problem details, and who may change what. */
class InventoryApiIntegrationTests extends InventoryIntegrationTest {

  @LocalServerPort int port;
  @Autowired UserManagement users;
  @Autowired InventoryFixtures fixtures;
  @Autowired Stock stock;
  @Autowired Transfers transfers;

  private ApiClient manager;
  private ApiClient agent;
  private long agentId;
  @Autowired ApplicationContext context;

  @BeforeEach
  void users() {
    String suffix = InventoryFixtures.suffix();
    users.create(
        new NewUser("imgr-" + suffix, "Manager " + suffix, null, "secret", Role.MANAGER, Set.of()));
    agentId =
        users
            .create(
                new NewUser(
                    "iagt-" + suffix, "Agent " + suffix, null, "secret", Role.AGENT, Set.of()))
            .id();
    manager = ApiClient.at(port).as("imgr-" + suffix, "secret");
    agent = ApiClient.at(port).as("iagt-" + suffix, "secret");
  }

  @Test
  void locationsListTheWarehouse() {
    JsonNode locations = agent.get("/api/v1/locations").json();

    assertThat(locations.get("total").asInt()).isEqualTo(7);
    List<String> names =
        locations.get("items").valueStream().map(l -> l.get("name").asString()).toList();
    assertThat(names)
        .contains(
            "WH/Stock",
            "Partners/Customers",
            "Partners/Vendors",
            "WH/Returns",
            "Virtual/Production",
            "Virtual/Scrap",
            "Virtual/Inventory adjustment");
    JsonNode returns =
        locations
            .get("items")
            .valueStream()
            .filter(l -> l.get("name").asString().equals("WH/Returns"))
            .findFirst()
            .orElseThrow();
    assertThat(returns.get("usage").asString()).isEqualTo("INTERNAL");
    assertThat(returns.get("returnLocation").asBoolean()).isTrue();
  }

  @Test
  void anAdjustmentSetsTheCountedQuantityAndStockShowsIt() {
    ProductSummary paste = fixtures.product(Tracking.LOT);
    LotSummary lot = fixtures.lots(paste, 1).get(0);
    long warehouse = fixtures.stockLocation();
    Map<String, Object> body =
        Map.of(
            "productId",
            paste.id(),
            "locationId",
            warehouse,
            "lotId",
            lot.id(),
            "quantity",
            "12.5");

    ApiResponse created = manager.post("/api/v1/inventory-adjustments", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().get("difference").asString()).isEqualTo("12.5");
    ApiResponse lower =
        manager.post(
            "/api/v1/inventory-adjustments",
            Map.of(
                "productId",
                paste.id(),
                "locationId",
                warehouse,
                "lotId",
                lot.id(),
                "quantity",
                4));
    assertThat(lower.status()).isEqualTo(201);
    assertThat(lower.json().get("difference").asString()).isEqualTo("-8.5");

    JsonNode stockPage =
        agent.get("/api/v1/stock?productId=" + paste.id() + "&locationId=" + warehouse).json();
    assertThat(stockPage.get("total").asInt()).isEqualTo(1);
    JsonNode item = stockPage.get("items").get(0);
    assertThat(item.get("productId").asLong()).isEqualTo(paste.id());
    assertThat(item.get("locationId").asLong()).isEqualTo(warehouse);
    assertThat(item.get("lotId").asLong()).isEqualTo(lot.id());
    assertThat(item.get("quantity").asString()).isEqualTo("4");
    assertThat(stockPage.get("page").asInt()).isZero();
    assertThat(stockPage.get("size").asInt()).isEqualTo(50);

    ApiResponse refused = agent.post("/api/v1/inventory-adjustments", body);
    assertThat(refused.status()).isEqualTo(403);
    ApiResponse missingLot =
        manager.post(
            "/api/v1/inventory-adjustments",
            Map.of("productId", paste.id(), "locationId", warehouse, "quantity", "1"));
    assertThat(missingLot.status()).isEqualTo(422);
    assertThat(missingLot.json().get("errors").get(0).get("field").asString()).isEqualTo("lotId");
    ApiResponse noProduct =
        manager.post(
            "/api/v1/inventory-adjustments", Map.of("locationId", warehouse, "quantity", "1"));
    assertThat(noProduct.status()).isEqualTo(422);
    assertThat(stock.onHand(paste.id(), warehouse, lot.id())).isEqualByComparingTo("4");
  }

  @Test
  void aManualDeliveryIsCreatedValidatedWithItsSerialAndCannotShipTheSerialAgain() {
    ProductSummary bike = fixtures.product(Tracking.SERIAL);
    LotSummary serial = fixtures.lots(bike, 1).get(0);
    fixtures.putInStock(bike, serial, "1");
    long customer = fixtures.customer();
    Map<String, Object> request =
        Map.of(
            "kind",
            "DELIVERY",
            "customerId",
            customer,
            "lines",
            List.of(Map.of("productId", bike.id(), "quantity", "1")));

    ApiResponse refused = agent.post("/api/v1/transfers", request);
    assertThat(refused.status()).isEqualTo(403);
    ApiResponse created = manager.post("/api/v1/transfers", request);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode transfer = created.json();
    long id = transfer.get("id").asLong();
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/transfers/" + id));
    assertThat(transfer.get("number").asString()).startsWith("WH/OUT/");
    assertThat(transfer.get("kind").asString()).isEqualTo("DELIVERY");
    assertThat(transfer.get("state").asString()).isEqualTo("READY");
    assertThat(transfer.get("customerId").asLong()).isEqualTo(customer);
    assertThat(transfer.get("sourceLocationId").asLong()).isEqualTo(fixtures.stockLocation());
    assertThat(transfer.get("destinationLocationId").asLong())
        .isEqualTo(fixtures.customersLocation());
    JsonNode move = transfer.get("moves").get(0);
    assertThat(move.get("quantity").asString()).isEqualTo("1");
    assertThat(move.get("doneQuantity").asString()).isEqualTo("0");
    long moveId = move.get("id").asLong();

    ApiResponse noLots = manager.post("/api/v1/transfers/" + id + "/validate", "");
    assertThat(noLots.status()).isEqualTo(409);
    assertThat(noLots.headers().firstValue("Content-Type"))
        .hasValueSatisfying(c -> assertThat(c).contains("application/problem+json"));
    assertThat(noLots.json().get("detail").asString())
        .isEqualTo("Lots/serial numbers are required for " + bike.displayName() + ".");
    ApiResponse abovePlan =
        manager.post(
            "/api/v1/transfers/" + id + "/validate",
            Map.of(
                "moves",
                List.of(
                    Map.of("moveId", moveId, "quantity", "2", "lotIds", List.of(serial.id())))));
    assertThat(abovePlan.status()).isEqualTo(409);

    ApiResponse validated =
        manager.post(
            "/api/v1/transfers/" + id + "/validate",
            Map.of(
                "moves",
                List.of(
                    Map.of("moveId", moveId, "quantity", "1", "lotIds", List.of(serial.id())))));
    assertThat(validated.status()).as(validated.body()).isEqualTo(200);
    assertThat(validated.json().get("state").asString()).isEqualTo("DONE");
    assertThat(validated.json().get("moves").get(0).get("lotIds").get(0).asLong())
        .isEqualTo(serial.id());
    assertThat(validated.json().get("moves").get(0).get("doneQuantity").asString()).isEqualTo("1");

    ApiResponse again = manager.post("/api/v1/transfers", request);
    long againId = again.json().get("id").asLong();
    long againMove = again.json().get("moves").get(0).get("id").asLong();
    ApiResponse shippedTwice =
        manager.post(
            "/api/v1/transfers/" + againId + "/validate",
            Map.of(
                "moves",
                List.of(
                    Map.of("moveId", againMove, "quantity", "1", "lotIds", List.of(serial.id())))));
    assertThat(shippedTwice.status()).isEqualTo(409);
    assertThat(shippedTwice.json().get("detail").asString()).contains(serial.name());

    ApiResponse cancelDone = manager.post("/api/v1/transfers/" + id + "/cancel", "");
    assertThat(cancelDone.status()).isEqualTo(409);
    assertThat(cancelDone.json().get("detail").asString()).contains("DONE").contains("CANCELLED");
    ApiResponse cancelled = manager.post("/api/v1/transfers/" + againId + "/cancel", "");
    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.json().get("state").asString()).isEqualTo("CANCELLED");
    assertThat(agent.post("/api/v1/transfers/" + againId + "/cancel", "").status()).isEqualTo(403);
  }

  @Test
  void listsFilterAndPageAndUnknownIdsAre404() {
    ProductSummary cable = fixtures.product(Tracking.NONE);
    long customer = fixtures.customer();
    TicketReach.give(context, agentId, customer);
    for (int i = 0; i < 3; i++) {
      fixtures.delivery(customer, cable, "1");
    }

    JsonNode page =
        agent.get("/api/v1/transfers?kind=DELIVERY&customerId=" + customer + "&size=2").json();
    assertThat(page.get("total").asInt()).isEqualTo(3);
    assertThat(page.get("size").asInt()).isEqualTo(2);
    assertThat(page.get("items")).hasSize(2);
    assertThat(page.get("items").get(0).get("moves")).hasSize(1);
    JsonNode second =
        agent
            .get("/api/v1/transfers?kind=DELIVERY&customerId=" + customer + "&size=2&page=1")
            .json();
    assertThat(second.get("items")).hasSize(1);
    assertThat(
            agent
                .get("/api/v1/transfers?customerId=" + customer + "&state=DONE")
                .json()
                .get("total")
                .asInt())
        .isZero();
    assertThat(
            agent
                .get("/api/v1/transfers?kind=RECEIPT&customerId=" + customer)
                .json()
                .get("total")
                .asInt())
        .isZero();

    ApiResponse missing = agent.get("/api/v1/transfers/999999999");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("status").asInt()).isEqualTo(404);
    assertThat(manager.post("/api/v1/transfers/999999999/validate", "").status()).isEqualTo(404);
    ApiResponse invalid =
        manager.post("/api/v1/transfers", Map.of("kind", "DELIVERY", "lines", List.of()));
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.json().get("errors")).isNotEmpty();
    ApiResponse service =
        manager.post(
            "/api/v1/transfers",
            Map.of(
                "kind",
                "RECEIPT",
                "lines",
                List.of(Map.of("productId", 999999999L, "quantity", "1"))));
    assertThat(service.status()).isEqualTo(422);
  }

  @Test
  void aValidationRepeatedWithTheSameIdempotencyKeyReplaysTheFirstAnswer() {
    ProductSummary cable = fixtures.product(Tracking.NONE);
    fixtures.putInStock(cable, "10");
    TransferView delivery = fixtures.delivery(fixtures.customer(), cable, "3");
    String key = "validate-" + delivery.id();

    ApiResponse first = manager.post("/api/v1/transfers/" + delivery.id() + "/validate", "", key);
    ApiResponse replay = manager.post("/api/v1/transfers/" + delivery.id() + "/validate", "", key);

    assertThat(first.status()).isEqualTo(200);
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(stock.onHand(cable.id(), fixtures.stockLocation())).isEqualByComparingTo("7");
    assertThat(manager.post("/api/v1/transfers/" + delivery.id() + "/validate", "").status())
        .isEqualTo(409);
  }

  @Test
  void aPartialValidationAnswersTheBackorder() {
    ProductSummary cable = fixtures.product(Tracking.NONE);
    fixtures.putInStock(cable, "10");
    long customer = fixtures.customer();
    TicketReach.give(context, agentId, customer);
    TransferView delivery = fixtures.delivery(customer, cable, "5");

    ApiResponse validated =
        manager.post(
            "/api/v1/transfers/" + delivery.id() + "/validate",
            Map.of(
                "moves",
                List.of(
                    Map.of(
                        "moveId",
                        delivery.moves().get(0).id(),
                        "quantity",
                        2,
                        "lotIds",
                        List.of()))));

    assertThat(validated.status()).as(validated.body()).isEqualTo(200);
    long backorderId = validated.json().get("backorderId").asLong();
    JsonNode backorder = agent.get("/api/v1/transfers/" + backorderId).json();
    assertThat(backorder.get("state").asString()).isEqualTo("READY");
    assertThat(backorder.get("backorderOfId").asLong()).isEqualTo(delivery.id());
    assertThat(backorder.get("moves").get(0).get("quantity").asString()).isEqualTo("3");
  }

  @Test
  void aReturnsMovesShowTheirPlannedLotsBeforeAndAfterValidation() {
    ProductSummary bike = fixtures.product(Tracking.SERIAL);
    List<LotSummary> serials = fixtures.lots(bike, 2);
    serials.forEach(s -> fixtures.putInStock(bike, s, "1"));
    long customer = fixtures.customer();
    TransferView delivery = fixtures.delivery(customer, bike, "2");
    long moveId = delivery.moves().get(0).id();
    List<Long> shipped = serials.stream().map(LotSummary::id).toList();
    transfers.validate(delivery.id(), List.of(new MoveDone(moveId, new BigDecimal("2"), shipped)));
    TransferView ret =
        transfers.createReturn(
            new ReturnRequest(
                delivery.id(),
                null,
                null,
                null,
                List.of(
                    new ReturnRequest.ReturnLine(
                        moveId, BigDecimal.ONE, List.of(shipped.get(1))))));

    JsonNode planned = manager.get("/api/v1/transfers/" + ret.id()).json().get("moves").get(0);
    assertThat(planned.get("plannedLotIds").valueStream().map(JsonNode::asLong).toList())
        .containsExactly(shipped.get(1));
    assertThat(planned.get("lotIds").isEmpty()).isTrue();
    JsonNode undelivered =
        manager.get("/api/v1/transfers/" + delivery.id()).json().get("moves").get(0);
    assertThat(undelivered.get("plannedLotIds").isEmpty()).isTrue();

    ApiResponse validated = manager.post("/api/v1/transfers/" + ret.id() + "/validate", "");
    assertThat(validated.status()).as(validated.body()).isEqualTo(200);
    JsonNode done = validated.json().get("moves").get(0);
    assertThat(done.get("plannedLotIds").valueStream().map(JsonNode::asLong).toList())
        .containsExactly(shipped.get(1));
    assertThat(done.get("lotIds").valueStream().map(JsonNode::asLong).toList())
        .containsExactly(shipped.get(1));
  }
}

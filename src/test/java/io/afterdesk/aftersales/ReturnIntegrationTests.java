package io.afterdesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.helpdesk.AfterSalesSwitches;
import io.afterdesk.helpdesk.TeamDraft;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.helpdesk.Teams;
import io.afterdesk.helpdesk.Tickets;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.inventory.MoveDone;
import io.afterdesk.inventory.MoveView;
import io.afterdesk.inventory.Stock;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferState;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.mail.Message;
import io.afterdesk.mail.Threads;
import io.afterdesk.sales.SalesOrderDraft;
import io.afterdesk.sales.SalesOrderLineInput;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.sales.SalesOrders;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.StaffSession;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The return wizard of SPEC §5 through the API: defaults and filters, partial returns until nothing
 * is left, serials, the cap under a race, idempotency, exchange, validation and its effects, and
 * visibility.
 */
class ReturnIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Teams teams;
  @Autowired Transfers transfers;
  @Autowired SalesOrders salesOrders;
  @Autowired Stock stock;
  @Autowired Threads threads;
  @Autowired io.afterdesk.invoicing.Invoices invoices;

  RefundFixtures fixtures;
  UserSummary agent;
  TeamView team;
  ApiClient api;
  long company;
  long product;

  @BeforeEach
  void data() {
    fixtures = new RefundFixtures(context, port);
    agent = fixtures.user("returner", Role.AGENT);
    team = returnsTeam("Returns", agent);
    api = fixtures.api(agent);
    company = fixtures.company("Buyer");
    product = fixtures.product("Toaster", Tracking.NONE, "30.00");
    fixtures.inStock(product, "100");
  }

  TeamView returnsTeam(String name, UserSummary... members) {
    return teams.create(
        new TeamDraft(
            name + " " + UUID.randomUUID().toString().substring(0, 8),
            java.util.Arrays.stream(members).map(UserSummary::id).toList(),
            new AfterSalesSwitches(false, false, true, false, false),
            null,
            null));
  }

  /** A confirmed order of the product, its delivery validated with the lots given; the order. */
  SalesOrderView shipped(long customer, long productId, String quantity, List<Long> lots) {
    SalesOrderView order =
        salesOrders.create(
            new SalesOrderDraft(
                customer,
                LocalDate.now(),
                null,
                List.of(SalesOrderLineInput.ofProduct(productId, new BigDecimal(quantity)))));
    order = salesOrders.confirm(order.id());
    long deliveryId = order.deliveryIds().get(0);
    List<MoveDone> done = new ArrayList<>();
    for (MoveView move : transfers.get(deliveryId).moves()) {
      done.add(new MoveDone(move.id(), move.quantity(), lots));
    }
    transfers.validate(deliveryId, done);
    return salesOrders.get(order.id());
  }

  long deliveryOf(SalesOrderView order) {
    return order.deliveryIds().get(0);
  }

  long moveOf(long deliveryId) {
    return transfers.get(deliveryId).moves().get(0).id();
  }

  long returnsLocation() {
    return stock.locationNamed("WH/Returns").id();
  }

  Map<String, Object> body(long deliveryId, long moveId, String quantity, List<Long> lots) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("moveId", moveId);
    line.put("quantity", quantity);
    line.put("lotIds", lots);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("deliveryId", deliveryId);
    body.put("returnLocationId", returnsLocation());
    body.put("reasonCode", "DEFECTIVE");
    body.put("exchange", false);
    body.put("lines", List.of(line));
    return body;
  }

  @Test
  void defaultsAreTheLatestDoneDeliveryOfTheEntityWithTheTicketProduct() {
    long contact = fixtures.contact(company, "Ann");
    long other = fixtures.product("Mixer", Tracking.NONE, "10.00");
    fixtures.inStock(other, "10");
    SalesOrderView older = shipped(company, product, "3", List.of());
    SalesOrderView latest = shipped(contact, product, "4", List.of());
    SalesOrderView otherProduct = shipped(company, other, "1", List.of());
    long stranger = fixtures.company("Stranger");
    SalesOrderView foreign = shipped(stranger, product, "1", List.of());
    long ticket = fixtures.ticket(agent, team, contact, product, null, null);

    JsonNode choices = api.get("/api/v1/tickets/" + ticket + "/return").json();
    assertThat(choices.get("deliveryId").asLong()).isEqualTo(deliveryOf(latest));
    assertThat(choices.get("salesOrderId").asLong()).isEqualTo(latest.id());
    List<Long> deliveries = new ArrayList<>();
    choices.get("deliveries").forEach(d -> deliveries.add(d.get("id").asLong()));
    assertThat(deliveries).containsExactly(deliveryOf(latest), deliveryOf(older));
    assertThat(deliveries).doesNotContain(deliveryOf(otherProduct), deliveryOf(foreign));
    JsonNode line = choices.get("lines").get(0);
    assertThat(line.get("quantity").decimalValue()).isEqualByComparingTo("4");
    assertThat(choices.get("returnLocationId").asLong()).isEqualTo(returnsLocation());
    assertThat(choices.get("reasonCodes").size()).isPositive();

    JsonNode forOlder =
        api.get("/api/v1/tickets/" + ticket + "/return?deliveryId=" + deliveryOf(older)).json();
    assertThat(forOlder.get("lines").get(0).get("quantity").decimalValue())
        .isEqualByComparingTo("3");
    ApiResponse receipt =
        api.get("/api/v1/tickets/" + ticket + "/return?deliveryId=" + deliveryOf(foreign));
    assertThat(receipt.status()).isEqualTo(422);

    JsonNode ticketJson = api.get("/api/v1/tickets/" + ticket).json();
    assertThat(ticketJson.get("smartButtons").get("returns").asLong()).isZero();
  }

  @Test
  void partialReturnsOverSeveralTicketsUntilNothingIsLeft() {
    SalesOrderView order = shipped(company, product, "5", List.of());
    long delivery = deliveryOf(order);
    long move = moveOf(delivery);
    long first = fixtures.ticket(agent, team, company, product, null, null);
    long second = fixtures.ticket(agent, team, company, product, null, null);

    ApiResponse zero =
        api.post("/api/v1/tickets/" + first + "/return", body(delivery, move, "0", List.of()));
    assertThat(zero.status()).isEqualTo(409);
    assertThat(zero.body()).contains("Please specify at least one non-zero quantity.");

    ApiResponse two =
        api.post("/api/v1/tickets/" + first + "/return", body(delivery, move, "2", List.of()));
    assertThat(two.status()).as(two.body()).isEqualTo(201);
    TransferView ret = transfers.get(two.json().get("returnId").asLong());
    assertThat(ret.kind()).isEqualTo(TransferKind.RETURN);
    assertThat(ret.origin()).isEqualTo("Return of " + transfers.get(delivery).number());
    assertThat(ret.destinationLocationId()).isEqualTo(returnsLocation());

    JsonNode left = api.get("/api/v1/tickets/" + second + "/return").json();
    assertThat(left.get("lines").get(0).get("quantity").decimalValue()).isEqualByComparingTo("3");
    ApiResponse tooMany =
        api.post("/api/v1/tickets/" + second + "/return", body(delivery, move, "4", List.of()));
    assertThat(tooMany.status()).isEqualTo(409);
    assertThat(tooMany.body()).contains("You cannot return more than 3 Units of");
    ApiResponse three =
        api.post("/api/v1/tickets/" + second + "/return", body(delivery, move, "3", List.of()));
    assertThat(three.status()).as(three.body()).isEqualTo(201);

    JsonNode none = api.get("/api/v1/tickets/" + second + "/return").json();
    assertThat(none.get("emptyReason").asString()).isEqualTo("aftersales.return.nothing-to-return");
    ApiResponse more =
        api.post("/api/v1/tickets/" + second + "/return", body(delivery, move, "1", List.of()));
    assertThat(more.status()).isEqualTo(409);
    assertThat(more.body())
        .contains(
            "No products to return (only lines in Done state and not fully returned yet can be"
                + " returned).");
    assertThat(api.get("/api/v1/tickets/" + first + "/returns").json().get("total").asLong())
        .isEqualTo(1);
    assertThat(bodies(Tickets.ref(first))).contains("Return created");
    assertThat(bodies(new DocumentRef(Transfers.DOCUMENT_TYPE, ret.id())))
        .contains("Created from ticket");
  }

  @Test
  void aSerialIsReturnedOnceAndRefusedTheSecondTime() {
    long serialProduct = fixtures.product("Phone", Tracking.SERIAL, "300.00");
    LotSummary s1 = fixtures.lotInStock(serialProduct, "SN1", "1");
    LotSummary s2 = fixtures.lotInStock(serialProduct, "SN2", "1");
    SalesOrderView order = shipped(company, serialProduct, "2", List.of(s1.id(), s2.id()));
    long delivery = deliveryOf(order);
    long move = moveOf(delivery);
    long ticket = fixtures.ticket(agent, team, company, serialProduct, null, null);

    JsonNode choices = api.get("/api/v1/tickets/" + ticket + "/return").json();
    List<Long> offered = new ArrayList<>();
    choices.get("lines").get(0).get("lots").forEach(l -> offered.add(l.get("id").asLong()));
    assertThat(offered).containsExactlyInAnyOrder(s1.id(), s2.id());

    ApiResponse once =
        api.post(
            "/api/v1/tickets/" + ticket + "/return", body(delivery, move, "1", List.of(s1.id())));
    assertThat(once.status()).as(once.body()).isEqualTo(201);
    long ret = once.json().get("returnId").asLong();
    MoveView returned = transfers.get(ret).moves().get(0);
    assertThat(returned.plannedLotIds()).containsExactly(s1.id());
    assertThat(returned.returnOfMoveId()).isEqualTo(move);
    transfers.validate(ret, List.of());
    assertThat(transfers.get(ret).moves().get(0).lotIds()).containsExactly(s1.id());
    assertThat(stock.onHand(serialProduct, returnsLocation(), s1.id())).isEqualByComparingTo("1");

    JsonNode after = api.get("/api/v1/tickets/" + ticket + "/return").json();
    List<Long> still = new ArrayList<>();
    after.get("lines").get(0).get("lots").forEach(l -> still.add(l.get("id").asLong()));
    assertThat(still).containsExactly(s2.id());
    ApiResponse twice =
        api.post(
            "/api/v1/tickets/" + ticket + "/return", body(delivery, move, "1", List.of(s1.id())));
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.body()).contains("SN1-" + fixtures.suffix);
  }

  @Test
  void sixteenThreadsReturningTheWholeDeliveryReturnItOnce() throws Exception {
    SalesOrderView order = shipped(company, product, "4", List.of());
    long delivery = deliveryOf(order);
    long move = moveOf(delivery);
    long ticket = fixtures.ticket(agent, team, company, product, null, null);
    int count = 16;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(count);
    List<Integer> statuses = new ArrayList<>();
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return fixtures
                      .api(agent)
                      .post(
                          "/api/v1/tickets/" + ticket + "/return",
                          body(delivery, move, "4", List.of()))
                      .status();
                }));
      }
      start.countDown();
      for (Future<Integer> result : results) {
        statuses.add(result.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(count - 1);
    BigDecimal returned =
        transfers.ofSalesOrder(order.id()).stream()
            .filter(t -> t.kind() == TransferKind.RETURN && t.state() != TransferState.CANCELLED)
            .flatMap(t -> t.moves().stream())
            .map(MoveView::quantity)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(returned).isEqualByComparingTo("4");
  }

  @Test
  void theSameKeyTwiceMakesOneReturn() {
    SalesOrderView order = shipped(company, product, "3", List.of());
    long delivery = deliveryOf(order);
    long ticket = fixtures.ticket(agent, team, company, product, null, null);
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = body(delivery, moveOf(delivery), "1", List.of());
    ApiResponse first = api.post("/api/v1/tickets/" + ticket + "/return", body, key);
    ApiResponse again = api.post("/api/v1/tickets/" + ticket + "/return", body, key);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(again.json().get("returnId").asLong())
        .isEqualTo(first.json().get("returnId").asLong());
    assertThat(api.get("/api/v1/tickets/" + ticket + "/returns").json().get("total").asLong())
        .isEqualTo(1);
  }

  @Test
  void withoutAReturnLocationTheGoodsComeBackToTheWarehouseReturnLocation() {
    SalesOrderView order = shipped(company, product, "2", List.of());
    long delivery = deliveryOf(order);
    long ticket = fixtures.ticket(agent, team, company, product, null, null);
    Map<String, Object> body = body(delivery, moveOf(delivery), "1", List.of());
    body.remove("returnLocationId");

    ApiResponse created = api.post("/api/v1/tickets/" + ticket + "/return", body);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long returnId = created.json().get("returnId").asLong();
    assertThat(transfers.get(returnId).destinationLocationId()).isEqualTo(returnsLocation());
  }

  @Test
  void exchangeCreatesTheReturnAndANewDeliveryBothLinked() {
    SalesOrderView order = shipped(company, product, "3", List.of());
    long delivery = deliveryOf(order);
    long ticket = fixtures.ticket(agent, team, company, product, null, null);
    Map<String, Object> body = body(delivery, moveOf(delivery), "2", List.of());
    body.put("exchange", true);
    ApiResponse created = api.post("/api/v1/tickets/" + ticket + "/return", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    TransferView exchange = transfers.get(created.json().get("exchangeDeliveryId").asLong());
    assertThat(exchange.kind()).isEqualTo(TransferKind.DELIVERY);
    assertThat(exchange.state()).isEqualTo(TransferState.READY);
    assertThat(exchange.customerId()).isEqualTo(company);
    assertThat(exchange.moves()).hasSize(1);
    assertThat(exchange.moves().get(0).productId()).isEqualTo(product);
    assertThat(exchange.moves().get(0).quantity()).isEqualByComparingTo("2");
    assertThat(transfers.get(created.json().get("returnId").asLong()).kind())
        .isEqualTo(TransferKind.RETURN);
  }

  @Test
  void validatingTheReturnPutsStockInReturnsLowersDeliveredAndNotesTheTicket() {
    SalesOrderView order = shipped(company, product, "5", List.of());
    long delivery = deliveryOf(order);
    long ticket = fixtures.ticket(agent, team, company, product, null, null);
    BigDecimal before = stock.onHand(product, returnsLocation());
    ApiResponse created =
        api.post(
            "/api/v1/tickets/" + ticket + "/return",
            body(delivery, moveOf(delivery), "2", List.of()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long ret = created.json().get("returnId").asLong();
    transfers.validate(ret, List.of());
    assertThat(stock.onHand(product, returnsLocation()))
        .isEqualByComparingTo(before.add(new BigDecimal("2")));
    assertThat(salesOrders.get(order.id()).lines().get(0).deliveredQuantity())
        .isEqualByComparingTo("3");
    awaitNote(Tickets.ref(ticket), "Return done");
    JsonNode ticketJson = api.get("/api/v1/tickets/" + ticket).json();
    assertThat(ticketJson.get("smartButtons").get("returns").asLong()).isEqualTo(1);
  }

  @Test
  void anAgentOfAnotherTeamGets404AndASwitchedOffTeam409() {
    SalesOrderView order = shipped(company, product, "2", List.of());
    long delivery = deliveryOf(order);
    long ticket = fixtures.ticket(agent, team, company, product, null, null);
    UserSummary outsider = fixtures.user("outsider", Role.AGENT);
    returnsTeam("Elsewhere", outsider);
    ApiClient other = fixtures.api(outsider);
    assertThat(other.get("/api/v1/tickets/" + ticket + "/return").status()).isEqualTo(404);
    assertThat(
            other
                .post(
                    "/api/v1/tickets/" + ticket + "/return",
                    body(delivery, moveOf(delivery), "1", List.of()))
                .status())
        .isEqualTo(404);
    TeamView refundsOnly = fixtures.team("RefundsOnly", true, agent);
    long refundTicket = fixtures.ticket(agent, refundsOnly, company, product, null, null);
    assertThat(api.get("/api/v1/tickets/" + refundTicket + "/return").status()).isEqualTo(409);
  }

  @Test
  void theDialogShowsTheLinesRefusesZeroAndCreatesTheReturnOnce() {
    SalesOrderView order = shipped(company, product, "3", List.of());
    long delivery = deliveryOf(order);
    long move = moveOf(delivery);
    long ticket = fixtures.ticket(agent, team, company, product, null, null);
    StaffSession session = StaffSession.signIn(port, agent.login(), RefundFixtures.PASSWORD);
    String page = session.get("/helpdesk/tickets/" + ticket).body();
    assertThat(page).contains("action-return");
    String dialog = session.get("/aftersales/tickets/" + ticket + "/return").body();
    assertThat(dialog).contains("return-line-" + move).contains("WH/Returns");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("idempotencyKey", UUID.randomUUID().toString());
    form.put("deliveryId", String.valueOf(delivery));
    form.put("moveIds", String.valueOf(move));
    form.put("qty-" + move, "0");
    form.put("returnLocationId", String.valueOf(returnsLocation()));
    form.put("reasonCode", "WRONG_ITEM");
    form.put("action", "return");
    var zero = session.post("/aftersales/tickets/" + ticket + "/return", form);
    assertThat(zero.body()).contains("Please specify at least one non-zero quantity.");
    form.put("qty-" + move, "1");
    var once = session.post("/aftersales/tickets/" + ticket + "/return", form);
    var twice = session.post("/aftersales/tickets/" + ticket + "/return", form);
    assertThat(once.statusCode()).isEqualTo(302);
    assertThat(twice.statusCode()).isEqualTo(302);
    JsonNode returns = api.get("/api/v1/tickets/" + ticket + "/returns").json();
    assertThat(returns.get("total").asLong()).isEqualTo(1);
    assertThat(returns.get("items").get(0).get("reasonCode").asString()).isEqualTo("WRONG_ITEM");
    assertThat(session.get("/aftersales/tickets/" + ticket + "/returns").body())
        .contains("Return of " + transfers.get(delivery).number());
  }

  @Test
  void aTypoInTheDialogQuantitySaysEnterANumberInTheReadersLanguage() {
    SalesOrderView order = shipped(company, product, "3", List.of());
    long delivery = deliveryOf(order);
    long move = moveOf(delivery);
    long ticket = fixtures.ticket(agent, team, company, product, null, null);
    StaffSession session = StaffSession.signIn(port, agent.login(), RefundFixtures.PASSWORD);
    session.get("/aftersales/tickets/" + ticket + "/return");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("idempotencyKey", UUID.randomUUID().toString());
    form.put("deliveryId", String.valueOf(delivery));
    form.put("moveIds", String.valueOf(move));
    form.put("qty-" + move, "1o");
    form.put("returnLocationId", String.valueOf(returnsLocation()));
    form.put("reasonCode", "DEFECTIVE");
    form.put("action", "return");

    String english = session.post("/aftersales/tickets/" + ticket + "/return?lang=en", form).body();
    String vietnamese =
        session.post("/aftersales/tickets/" + ticket + "/return?lang=vi", form).body();

    assertThat(english).contains("Enter a number.").doesNotContain("cannot be negative");
    assertThat(english).contains("is-invalid");
    assertThat(vietnamese).contains("Hãy nhập một số.");
    assertThat(api.get("/api/v1/tickets/" + ticket + "/returns").json().get("total").asLong())
        .isZero();
  }

  @Test
  void aMoveListedTwiceIsRefusedAsListedTwice() {
    SalesOrderView order = shipped(company, product, "3", List.of());
    long delivery = deliveryOf(order);
    long move = moveOf(delivery);
    long ticket = fixtures.ticket(agent, team, company, product, null, null);
    Map<String, Object> body = body(delivery, move, "1", List.of());
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("moveId", move);
    line.put("quantity", "1");
    body.put("lines", List.of(line, line));
    ApiResponse refused = api.post("/api/v1/tickets/" + ticket + "/return", body);
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.body())
        .contains("Move " + move + " is listed twice")
        .doesNotContain("not a returnable line");
    assertThat(api.get("/api/v1/tickets/" + ticket + "/returns").json().get("total").asLong())
        .isZero();
  }

  @Test
  void theDialogAndTheApiOfferAndAcceptTheSameReturnLocations() {
    SalesOrderView order = shipped(company, product, "4", List.of());
    long delivery = deliveryOf(order);
    long move = moveOf(delivery);
    long source = transfers.get(delivery).sourceLocationId();
    long scrap = stock.locationNamed("Virtual/Scrap").id();
    long ticket = fixtures.ticket(agent, team, company, product, null, null);

    List<Long> offered = new ArrayList<>();
    api.get("/api/v1/tickets/" + ticket + "/return?deliveryId=" + delivery)
        .json()
        .get("returnLocations")
        .forEach(l -> offered.add(l.get("id").asLong()));
    assertThat(offered).contains(returnsLocation(), source).doesNotContain(scrap);
    StaffSession session = StaffSession.signIn(port, agent.login(), RefundFixtures.PASSWORD);
    String dialog = session.get("/aftersales/tickets/" + ticket + "/return").body();
    String select = dialog.substring(dialog.indexOf("id=\"return-returnLocationId\""));
    select = select.substring(0, select.indexOf("</select>"));
    assertThat(select)
        .contains("value=\"" + returnsLocation() + "\"", "value=\"" + source + "\"")
        .doesNotContain("value=\"" + scrap + "\"");

    Map<String, Object> toScrap = body(delivery, move, "1", List.of());
    toScrap.put("returnLocationId", scrap);
    ApiResponse refused = api.post("/api/v1/tickets/" + ticket + "/return", toScrap);
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    String message = "Choose a return location or the location the delivery was shipped from.";
    assertThat(refused.body()).contains(message);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("idempotencyKey", UUID.randomUUID().toString());
    form.put("deliveryId", String.valueOf(delivery));
    form.put("moveIds", String.valueOf(move));
    form.put("qty-" + move, "1");
    form.put("returnLocationId", String.valueOf(scrap));
    form.put("reasonCode", "DEFECTIVE");
    form.put("action", "return");
    assertThat(session.post("/aftersales/tickets/" + ticket + "/return", form).body())
        .contains(message);

    form.put("returnLocationId", String.valueOf(source));
    assertThat(session.post("/aftersales/tickets/" + ticket + "/return", form).statusCode())
        .isEqualTo(302);
    Map<String, Object> toSource = body(delivery, move, "1", List.of());
    toSource.put("returnLocationId", source);
    ApiResponse accepted = api.post("/api/v1/tickets/" + ticket + "/return", toSource);
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
    assertThat(transfers.get(accepted.json().get("returnId").asLong()).destinationLocationId())
        .isEqualTo(source);
  }

  @Test
  void theOpenApiDocumentDescribesTheReturnLinesTheEndpointNeeds() {
    JsonNode doc = ApiClient.at(port).get("/v3/api-docs").json();
    JsonNode request =
        schema(
            doc,
            doc.get("paths")
                .get("/api/v1/tickets/{ticketId}/return")
                .get("post")
                .get("requestBody")
                .get("content")
                .get("application/json")
                .get("schema"));
    assertThat(request.get("properties").propertyNames())
        .contains("deliveryId", "returnLocationId", "reasonCode", "exchange", "lines");
    JsonNode line = schema(doc, request.get("properties").get("lines").get("items"));
    assertThat(line.get("properties").propertyNames())
        .containsExactlyInAnyOrder("moveId", "quantity", "lotIds");
  }

  private static JsonNode schema(JsonNode doc, JsonNode node) {
    if (!node.has("$ref")) {
      return node;
    }
    String ref = node.get("$ref").asString();
    return doc.get("components").get("schemas").get(ref.substring(ref.lastIndexOf('/') + 1));
  }

  @Test
  void refundAfterReturnCreditsWhatCameBack() {
    TeamView both =
        teams.create(
            new TeamDraft(
                "Both " + UUID.randomUUID().toString().substring(0, 8),
                List.of(agent.id()),
                new AfterSalesSwitches(true, false, true, false, false),
                null,
                null));
    SalesOrderView order =
        fixtures.shippedAndInvoiced(company, product, "5", null, LocalDate.now());
    long delivery = deliveryOf(order);
    long ticket = fixtures.ticket(agent, both, company, product, null, order.id());
    ApiResponse created =
        api.post(
            "/api/v1/tickets/" + ticket + "/return",
            body(delivery, moveOf(delivery), "2", List.of()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    transfers.validate(created.json().get("returnId").asLong(), List.of());
    ApiResponse refund =
        api.post(
            "/api/v1/tickets/" + ticket + "/refund",
            RefundFixtures.refundBody(order.invoiceIds(), "REVERSE"));
    assertThat(refund.status()).as(refund.body()).isEqualTo(201);
    long note = refund.json().get("creditNoteIds").get(0).asLong();
    assertThat(invoices.get(note).lines()).hasSize(1);
    assertThat(invoices.get(note).lines().get(0).quantity()).isEqualByComparingTo("2");
  }

  private List<String> bodies(DocumentRef document) {
    return threads.messagesOf(document).stream().map(Message::body).toList();
  }

  private void awaitNote(DocumentRef document, String body) {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    Supplier<Boolean> found = () -> bodies(document).contains(body);
    while (!found.get() && System.nanoTime() < until) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    assertThat(bodies(document)).contains(body);
  }
}

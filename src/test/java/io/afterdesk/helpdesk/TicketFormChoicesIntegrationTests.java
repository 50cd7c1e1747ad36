package io.afterdesk.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.inventory.DeliveryRequest;
import io.afterdesk.inventory.MoveDone;
import io.afterdesk.inventory.MoveView;
import io.afterdesk.inventory.Stock;
import io.afterdesk.inventory.TransferLine;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.sales.SalesOrderDraft;
import io.afterdesk.sales.SalesOrderLineInput;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.sales.SalesOrders;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The ticket form's product, lot/serial and sales order fields (SPEC §2): products the customer's
 * commercial entity bought come first, any other product can still be chosen; the sales order is
 * one of the entity's orders, by number, and another customer's is refused (page and API); the lot
 * follows the product (shown only for tracked products, cleared when the product changes).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketFormChoicesIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired SalesOrders salesOrders;
  @Autowired Transfers transfers;
  @Autowired Stock stock;
  @Autowired Tickets tickets;

  HelpdeskFixtures fixtures;
  UserSummary agent;
  TeamView team;
  ApiClient api;
  WebSession page;
  long company;
  long contact;
  long stranger;
  long ordered;
  long delivered;
  long unrelated;
  long serialProduct;
  long serial;
  long untracked;
  SalesOrderView order;
  SalesOrderView strangersOrder;

  @BeforeAll
  void setUp() {
    fixtures = new HelpdeskFixtures(context);
    agent = fixtures.user("choices-agent", Role.AGENT);
    team = fixtures.team("Choices", agent);
    api = ApiClient.at(port).as(agent.login(), HelpdeskFixtures.PASSWORD);
    page = WebSession.staff(port, agent.login(), HelpdeskFixtures.PASSWORD);
    company = fixtures.company("Buyer");
    contact = fixtures.contact("Buyer contact", company, "buyer-" + fixtures.suffix + "@c.test");
    stranger = fixtures.company("Stranger");
    ordered = fixtures.product("Ordered", "NONE");
    delivered = fixtures.product("Delivered", "NONE");
    unrelated = fixtures.product("Unrelated", "NONE");
    serialProduct = fixtures.product("Serial", "SERIAL");
    serial = fixtures.lot(serialProduct, "SN-CH-" + fixtures.suffix);
    untracked = fixtures.product("Untracked", "NONE");
    order = confirmed(contact, ordered);
    strangersOrder = confirmed(stranger, unrelated);
    stock.adjust(delivered, stock.locationNamed("WH/Stock").id(), null, new BigDecimal("5"));
    TransferView delivery =
        transfers.createDelivery(
            new DeliveryRequest(
                company,
                null,
                "Direct " + fixtures.suffix,
                null,
                List.of(new TransferLine(delivered, BigDecimal.ONE, null))));
    List<MoveDone> done = new ArrayList<>();
    for (MoveView move : delivery.moves()) {
      done.add(new MoveDone(move.id(), move.quantity(), List.of()));
    }
    transfers.validate(delivery.id(), done);
  }

  SalesOrderView confirmed(long customer, long product) {
    SalesOrderView quotation =
        salesOrders.create(
            new SalesOrderDraft(
                customer,
                LocalDate.now(),
                null,
                List.of(SalesOrderLineInput.ofProduct(product, BigDecimal.ONE))));
    return salesOrders.confirm(quotation.id());
  }

  @Test
  void theProductListOffersTheEntitysProductsFirstAndEveryOtherProductAfterThem() {
    String html = page.get("/helpdesk/tickets/choices?customerId=" + company).body();
    List<String> bought = optionValues(group(html, "customer-products"));
    assertThat(bought)
        .contains(String.valueOf(ordered), String.valueOf(delivered))
        .doesNotContain(String.valueOf(unrelated), String.valueOf(untracked));
    assertThat(optionValues(group(html, "all-products")))
        .contains(String.valueOf(unrelated), String.valueOf(untracked))
        .doesNotContain(String.valueOf(ordered));
  }

  @Test
  void theSalesOrderIsAChoiceOfTheEntitysOrdersByNumber() {
    String html = page.get("/helpdesk/tickets/choices?customerId=" + company).body();
    String select = select(html, "salesOrderId");
    assertThat(select).contains(">" + order.number() + "<");
    assertThat(optionValues(select))
        .contains(String.valueOf(order.id()))
        .doesNotContain(String.valueOf(strangersOrder.id()));
    assertThat(select).doesNotContain("type=\"number\"");
  }

  @Test
  void theLotListIsShownOnlyForATrackedProductWithItsLots() {
    String tracked =
        page.get("/helpdesk/tickets/choices?customerId=" + company + "&productId=" + serialProduct)
            .body();
    assertThat(optionValues(select(tracked, "lotId"))).contains(String.valueOf(serial));
    String plain =
        page.get("/helpdesk/tickets/choices?customerId=" + company + "&productId=" + untracked)
            .body();
    assertThat(plain).doesNotContain("id=\"lotId\"");
  }

  @Test
  void theApiRefusesAnUnknownOrAnotherCustomersSalesOrderWith422() {
    Map<String, Object> zero = ticket("Zero order");
    zero.put("salesOrderId", 0);
    assertSalesOrderRefused(api.post("/api/v1/tickets", zero));

    Map<String, Object> foreign = ticket("Foreign order");
    foreign.put("salesOrderId", strangersOrder.id());
    assertSalesOrderRefused(api.post("/api/v1/tickets", foreign));

    Map<String, Object> own = ticket("Own order");
    own.put("salesOrderId", order.id());
    ApiResponse created = api.post("/api/v1/tickets", own);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("id").asLong();
    assertSalesOrderRefused(
        api.patch("/api/v1/tickets/" + id, Map.of("salesOrderId", strangersOrder.id())));
    assertThat(tickets.get(id).salesOrderId()).isEqualTo(order.id());
  }

  @Test
  void thePageShowsAFieldErrorForAnotherCustomersSalesOrder() {
    long id = createdWithSerial("Page order");
    Map<String, String> fields = formOf(tickets.get(id));
    fields.put("salesOrderId", String.valueOf(strangersOrder.id()));
    String path = "/helpdesk/tickets/" + id;
    HttpResponse<String> refused = page.postFrom(path, path, fields);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("This sales order belongs to another customer.");
    assertThat(tickets.get(id).salesOrderId()).isNull();
  }

  @Test
  void patchingTheProductToAnUntrackedOneClearsTheSerial() {
    long id = createdWithSerial("Patch product");
    ApiResponse patched = api.patch("/api/v1/tickets/" + id, Map.of("productId", untracked));
    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    assertThat(patched.json().get("productId").asLong()).isEqualTo(untracked);
    assertThat(patched.json().path("lotId").isMissingNode() || patched.json().get("lotId").isNull())
        .as(patched.body())
        .isTrue();
    assertThat(tickets.get(id).lotId()).isNull();
  }

  @Test
  void aLotOfAnotherProductIsStillRefusedWith422() {
    long id = createdWithSerial("Other lot");
    long otherSerialProduct = fixtures.product("Other serial", "SERIAL");
    long otherSerial = fixtures.lot(otherSerialProduct, "SN-OTHER-" + fixtures.suffix);
    ApiResponse refused = api.patch("/api/v1/tickets/" + id, Map.of("lotId", otherSerial));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body()).contains("lotId");
    assertThat(tickets.get(id).lotId()).isEqualTo(serial);
  }

  @Test
  void savingTheFormWithAnUntrackedProductClearsTheLotKeptFromBefore() {
    long id = createdWithSerial("Form product");
    Map<String, String> fields = formOf(tickets.get(id));
    fields.put("productId", String.valueOf(untracked));
    String path = "/helpdesk/tickets/" + id;
    HttpResponse<String> saved = page.postFrom(path, path, fields);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    TicketView after = tickets.get(id);
    assertThat(after.productId()).isEqualTo(untracked);
    assertThat(after.lotId()).isNull();
  }

  private long createdWithSerial(String subject) {
    Map<String, Object> body = ticket(subject);
    body.put("productId", serialProduct);
    body.put("lotId", serial);
    ApiResponse created = api.post("/api/v1/tickets", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  private Map<String, Object> ticket(String subject) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("subject", subject + " " + fixtures.suffix);
    body.put("teamId", team.id());
    body.put("customerId", company);
    return body;
  }

  private static Map<String, String> formOf(TicketView ticket) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("subject", ticket.subject());
    fields.put("teamId", String.valueOf(ticket.teamId()));
    fields.put("priority", String.valueOf(ticket.priority()));
    fields.put("customerId", String.valueOf(ticket.customerId()));
    fields.put("productId", ticket.productId() == null ? "" : String.valueOf(ticket.productId()));
    fields.put("lotId", ticket.lotId() == null ? "" : String.valueOf(ticket.lotId()));
    fields.put("version", String.valueOf(ticket.version()));
    return fields;
  }

  private static void assertSalesOrderRefused(ApiResponse response) {
    assertThat(response.status()).as(response.body()).isEqualTo(422);
    List<String> fields = new ArrayList<>();
    for (JsonNode error : response.json().get("errors")) {
      fields.add(error.get("field").asString());
    }
    assertThat(fields).contains("salesOrderId");
  }

  private static String group(String html, String id) {
    Matcher m =
        Pattern.compile("<optgroup[^>]*id=\"" + id + "\"[^>]*>(.*?)</optgroup>", Pattern.DOTALL)
            .matcher(html);
    assertThat(m.find()).as("option group " + id + " in " + html).isTrue();
    return m.group(1);
  }

  private static String select(String html, String id) {
    Matcher m =
        Pattern.compile("<select[^>]*id=\"" + id + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
            .matcher(html);
    assertThat(m.find()).as("select " + id + " in " + html).isTrue();
    return m.group(0);
  }

  private static List<String> optionValues(String html) {
    List<String> values = new ArrayList<>();
    Matcher m = Pattern.compile("<option[^>]*value=\"([^\"]*)\"").matcher(html);
    while (m.find()) {
      values.add(m.group(1));
    }
    return values;
  }
}

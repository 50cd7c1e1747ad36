package io.afterdesk.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.identity.Role;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.TicketReach;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The sales order API end to end on PostgreSQL, as a manager: quotation, confirmation into a ready
 * delivery, validation with the serial, the invoice of what was delivered, posting, a partial
 * payment, and the refusals (cancel once delivered, nothing to invoice, confirm twice, agents).
 */
class SalesOrderApiIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired SalesFixtures fixtures;
  @Autowired ApplicationContext context;

  private ApiClient manager;
  private ApiClient agent;
  private String suffix;
  private long customer;

  @BeforeEach
  void data() {
    suffix = SalesFixtures.suffix();
    fixtures.user("smgr-" + suffix, Role.MANAGER);
    long agentId = fixtures.user("sagt-" + suffix, Role.AGENT).id();
    manager = ApiClient.at(port).as("smgr-" + suffix, SalesFixtures.PASSWORD);
    agent = ApiClient.at(port).as("sagt-" + suffix, SalesFixtures.PASSWORD);
    customer = fixtures.customer("Sales Api Customer " + suffix);
    TicketReach.give(context, agentId, customer);
  }

  @Test
  void aSerialProductIsSoldShippedInvoicedAndPartlyPaid() {
    ProductSummary laptop = fixtures.serialProduct("Laptop " + suffix, "1200.00");
    List<LotSummary> serials = fixtures.serialsInStock(laptop, 2);

    ApiResponse created =
        manager.post(
            "/api/v1/sales-orders",
            Map.of(
                "customerId",
                customer,
                "lines",
                List.of(Map.of("productId", laptop.id(), "quantity", "2"))));
    assertThat(created.status()).isEqualTo(201);
    JsonNode quotation = created.json();
    long orderId = quotation.get("id").asLong();
    assertThat(created.headers().firstValue("Location"))
        .hasValue("/api/v1/sales-orders/" + orderId);
    assertThat(quotation.get("number").asString()).matches("S\\d{5}");
    assertThat(quotation.get("state").asString()).isEqualTo("QUOTATION");
    assertThat(quotation.get("customerId").asLong()).isEqualTo(customer);
    assertThat(quotation.get("salespersonId").isNull()).isFalse();
    JsonNode line = quotation.get("lines").get(0);
    assertThat(line.get("unitPrice").get("amount").asString()).isEqualTo("1200.00");
    assertThat(line.get("taxRate").asString()).isEqualTo("10");
    assertThat(quotation.get("total").get("amount").asString()).isEqualTo("2640.00");

    ApiResponse patched =
        manager.patch(
            "/api/v1/sales-orders/" + orderId,
            Map.of("lines", List.of(Map.of("productId", laptop.id(), "quantity", "1"))));
    assertThat(patched.status()).isEqualTo(200);
    assertThat(patched.json().get("total").get("amount").asString()).isEqualTo("1320.00");

    ApiResponse confirmed = manager.post("/api/v1/sales-orders/" + orderId + "/confirm", Map.of());
    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(confirmed.json().get("state").asString()).isEqualTo("SALE");
    assertThat(confirmed.json().get("deliveryIds")).hasSize(1);
    long deliveryId = confirmed.json().get("deliveryIds").get(0).asLong();
    long lineId = confirmed.json().get("lines").get(0).get("id").asLong();

    JsonNode delivery = manager.get("/api/v1/transfers/" + deliveryId).json();
    assertThat(delivery.get("state").asString()).isEqualTo("READY");
    assertThat(delivery.get("kind").asString()).isEqualTo("DELIVERY");
    assertThat(delivery.get("salesOrderId").asLong()).isEqualTo(orderId);
    assertThat(delivery.get("origin").asString()).isEqualTo(quotation.get("number").asString());
    long moveId = delivery.get("moves").get(0).get("id").asLong();

    ApiResponse validated =
        manager.post(
            "/api/v1/transfers/" + deliveryId + "/validate",
            Map.of(
                "moves",
                List.of(
                    Map.of(
                        "moveId",
                        moveId,
                        "quantity",
                        "1",
                        "lotIds",
                        List.of(serials.get(0).id())))));
    assertThat(validated.status()).as(validated.body()).isEqualTo(200);

    JsonNode delivered = manager.get("/api/v1/sales-orders/" + orderId).json();
    assertThat(delivered.get("lines").get(0).get("deliveredQuantity").asString()).isEqualTo("1");
    assertThat(delivered.get("lines").get(0).get("invoicedQuantity").asString()).isEqualTo("0");
    assertThat(delivered.get("toInvoice").asBoolean()).isTrue();

    ApiResponse invoiced = manager.post("/api/v1/sales-orders/" + orderId + "/invoices", Map.of());
    assertThat(invoiced.status()).as(invoiced.body()).isEqualTo(201);
    JsonNode invoice = invoiced.json();
    long invoiceId = invoice.get("id").asLong();
    assertThat(invoiced.headers().firstValue("Location")).hasValue("/api/v1/invoices/" + invoiceId);
    assertThat(invoice.get("state").asString()).isEqualTo("DRAFT");
    assertThat(invoice.get("salesOrderId").asLong()).isEqualTo(orderId);
    assertThat(invoice.get("lines")).hasSize(1);
    assertThat(invoice.get("lines").get(0).get("quantity").asString()).isEqualTo("1");
    assertThat(invoice.get("lines").get(0).get("salesOrderLineId").asLong()).isEqualTo(lineId);
    assertThat(invoice.get("total").get("amount").asString()).isEqualTo("1320.00");

    assertThat(manager.post("/api/v1/invoices/" + invoiceId + "/post", Map.of()).status())
        .isEqualTo(200);
    ApiResponse paid =
        manager.post("/api/v1/invoices/" + invoiceId + "/payments", Map.of("amount", "500.00"));
    assertThat(paid.status()).as(paid.body()).isEqualTo(201);
    assertThat(manager.get("/api/v1/invoices/" + invoiceId).json().get("paymentState").asString())
        .isEqualTo("PARTIAL");

    JsonNode order = manager.get("/api/v1/sales-orders/" + orderId).json();
    assertThat(order.get("lines").get(0).get("quantity").asString()).isEqualTo("1");
    assertThat(order.get("lines").get(0).get("deliveredQuantity").asString()).isEqualTo("1");
    assertThat(order.get("lines").get(0).get("invoicedQuantity").asString()).isEqualTo("1");
    assertThat(order.get("deliveryIds").get(0).asLong()).isEqualTo(deliveryId);
    assertThat(order.get("invoiceIds").get(0).asLong()).isEqualTo(invoiceId);
    assertThat(order.get("toInvoice").asBoolean()).isFalse();

    ApiResponse cancel = manager.post("/api/v1/sales-orders/" + orderId + "/cancel", Map.of());
    assertThat(cancel.status()).isEqualTo(409);
    assertThat(cancel.json().get("detail").asString()).contains("cannot be cancelled");
    assertThat(manager.get("/api/v1/sales-orders/" + orderId).json().get("state").asString())
        .isEqualTo("SALE");

    ApiResponse again = manager.post("/api/v1/sales-orders/" + orderId + "/invoices", Map.of());
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("detail").asString()).isEqualTo("There is nothing to invoice.");

    ApiResponse frozen =
        manager.patch(
            "/api/v1/sales-orders/" + orderId,
            Map.of("lines", List.of(Map.of("productId", laptop.id(), "quantity", "3"))));
    assertThat(frozen.status()).isEqualTo(409);
  }

  @Test
  void aServicesOnlyOrderHasNoDeliveryAndInvoicesTheOrderedQuantity() {
    ProductSummary labour = fixtures.service("Labour " + suffix, "45.00");
    long orderId =
        manager
            .post(
                "/api/v1/sales-orders",
                Map.of(
                    "customerId",
                    customer,
                    "lines",
                    List.of(Map.of("productId", labour.id(), "quantity", "3", "discount", "10"))))
            .json()
            .get("id")
            .asLong();
    JsonNode confirmed =
        manager.post("/api/v1/sales-orders/" + orderId + "/confirm", Map.of()).json();
    assertThat(confirmed.get("deliveryIds")).isEmpty();
    assertThat(confirmed.get("lines").get(0).get("toInvoiceQuantity").asString()).isEqualTo("3");

    ApiResponse invoiced = manager.post("/api/v1/sales-orders/" + orderId + "/invoices", Map.of());
    assertThat(invoiced.status()).isEqualTo(201);
    JsonNode line = invoiced.json().get("lines").get(0);
    assertThat(line.get("quantity").asString()).isEqualTo("3");
    assertThat(line.get("discount").asString()).isEqualTo("10");
    assertThat(line.get("subtotal").get("amount").asString()).isEqualTo("121.50");

    ApiResponse nothing = manager.post("/api/v1/sales-orders/" + orderId + "/invoices", Map.of());
    assertThat(nothing.status()).isEqualTo(409);
    assertThat(nothing.json().get("detail").asString()).isEqualTo("There is nothing to invoice.");
  }

  @Test
  void nothingIsInvoicedBeforeTheGoodsAreDelivered() {
    ProductSummary cable =
        fixtures.goods("Cable " + suffix, io.afterdesk.catalog.Tracking.NONE, "9.90");
    fixtures.inStock(cable, "10");
    long orderId = quotation(cable.id(), "2");
    manager.post("/api/v1/sales-orders/" + orderId + "/confirm", Map.of());

    ApiResponse nothing = manager.post("/api/v1/sales-orders/" + orderId + "/invoices", Map.of());
    assertThat(nothing.status()).isEqualTo(409);
    assertThat(nothing.json().get("detail").asString()).isEqualTo("There is nothing to invoice.");
  }

  @Test
  void cancellingAConfirmedOrderCancelsItsOpenDeliveryAndDraftInvoice() {
    ProductSummary cable =
        fixtures.goods("Cable " + suffix, io.afterdesk.catalog.Tracking.NONE, "9.90");
    ProductSummary visit = fixtures.service("Visit " + suffix, "80.00");
    fixtures.inStock(cable, "10");
    long orderId =
        manager
            .post(
                "/api/v1/sales-orders",
                Map.of(
                    "customerId",
                    customer,
                    "lines",
                    List.of(
                        Map.of("productId", cable.id(), "quantity", "2"),
                        Map.of("productId", visit.id(), "quantity", "1"))))
            .json()
            .get("id")
            .asLong();
    long deliveryId =
        manager
            .post("/api/v1/sales-orders/" + orderId + "/confirm", Map.of())
            .json()
            .get("deliveryIds")
            .get(0)
            .asLong();
    long invoiceId =
        manager
            .post("/api/v1/sales-orders/" + orderId + "/invoices", Map.of())
            .json()
            .get("id")
            .asLong();

    ApiResponse cancelled = manager.post("/api/v1/sales-orders/" + orderId + "/cancel", Map.of());

    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.json().get("state").asString()).isEqualTo("CANCELLED");
    assertThat(manager.get("/api/v1/transfers/" + deliveryId).json().get("state").asString())
        .isEqualTo("CANCELLED");
    assertThat(manager.get("/api/v1/invoices/" + invoiceId).json().get("state").asString())
        .isEqualTo("CANCELLED");
    ApiResponse twice = manager.post("/api/v1/sales-orders/" + orderId + "/cancel", Map.of());
    assertThat(twice.status()).isEqualTo(409);
  }

  @Test
  void confirmingTwiceIsRefusedNamingBothStates() {
    ProductSummary visit = fixtures.service("Visit " + suffix, "80.00");
    long orderId = quotation(visit.id(), "1");
    assertThat(manager.post("/api/v1/sales-orders/" + orderId + "/confirm", Map.of()).status())
        .isEqualTo(200);

    ApiResponse again = manager.post("/api/v1/sales-orders/" + orderId + "/confirm", Map.of());

    assertThat(again.status()).isEqualTo(409);

    assertThat(again.json().get("detail").asString())
        .isEqualTo(
            "Sales order "
                + manager.get("/api/v1/sales-orders/" + orderId).json().get("number").asString()
                + " cannot go from SALE to SALE.");
  }

  @Test
  void agentsReadButGet403OnEveryChange() {
    ProductSummary visit = fixtures.service("Visit " + suffix, "80.00");
    long orderId = quotation(visit.id(), "1");

    assertThat(agent.get("/api/v1/sales-orders/" + orderId).status()).isEqualTo(200);
    assertThat(agent.get("/api/v1/sales-orders?q=" + suffix).status()).isEqualTo(200);
    assertThat(
            agent
                .post(
                    "/api/v1/sales-orders",
                    Map.of(
                        "customerId",
                        customer,
                        "lines",
                        List.of(Map.of("productId", visit.id(), "quantity", "1"))))
                .status())
        .isEqualTo(403);
    assertThat(agent.post("/api/v1/sales-orders/" + orderId + "/confirm", Map.of()).status())
        .isEqualTo(403);
    assertThat(agent.post("/api/v1/sales-orders/" + orderId + "/cancel", Map.of()).status())
        .isEqualTo(403);
    assertThat(agent.patch("/api/v1/sales-orders/" + orderId, Map.of()).status()).isEqualTo(403);
    assertThat(manager.get("/api/v1/sales-orders/" + orderId).json().get("state").asString())
        .isEqualTo("QUOTATION");
  }

  @Test
  void anUnknownOrderIsA404Problem() {
    ApiResponse missing = manager.get("/api/v1/sales-orders/999999999");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(missing.json().get("status").asInt()).isEqualTo(404);
    assertThat(manager.post("/api/v1/sales-orders/999999999/confirm", Map.of()).status())
        .isEqualTo(404);
  }

  @Test
  void refusedFieldsAre422WithTheirNames() {
    ProductSummary visit = fixtures.service("Visit " + suffix, "80.00");
    ApiResponse refused =
        manager.post(
            "/api/v1/sales-orders",
            Map.of(
                "customerId",
                customer,
                "lines",
                List.of(
                    Map.of("productId", visit.id(), "quantity", "0", "discount", "150"),
                    Map.of("productId", 999999999, "quantity", "1"))));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("errors").findValuesAsString("field"))
        .contains("lines[0].quantity", "lines[0].discount", "lines[1].productId");
    ApiResponse noCustomer =
        manager.post("/api/v1/sales-orders", Map.of("customerId", 999999999, "lines", List.of()));
    assertThat(noCustomer.status()).isEqualTo(422);
  }

  @Test
  void theListSearchesByNumberAndCustomerAndFiltersWhatIsToInvoice() {
    ProductSummary visit = fixtures.service("Visit " + suffix, "80.00");
    long quotationId = quotation(visit.id(), "1");
    long confirmedId = quotation(visit.id(), "2");
    manager.post("/api/v1/sales-orders/" + confirmedId + "/confirm", Map.of());

    JsonNode byCustomer = manager.get("/api/v1/sales-orders?q=" + suffix).json();
    assertThat(byCustomer.get("total").asLong()).isEqualTo(2);
    JsonNode toInvoice =
        manager.get("/api/v1/sales-orders?toInvoice=true&customerId=" + customer).json();
    assertThat(toInvoice.get("items").findValuesAsString("id"))
        .containsExactly(String.valueOf(confirmedId));
    JsonNode quotations =
        manager.get("/api/v1/sales-orders?state=QUOTATION&customerId=" + customer).json();
    assertThat(quotations.get("items").get(0).get("id").asLong()).isEqualTo(quotationId);
    String number =
        manager.get("/api/v1/sales-orders/" + quotationId).json().get("number").asString();
    assertThat(
            manager
                .get("/api/v1/sales-orders?q=" + number)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong())
        .isEqualTo(quotationId);
  }

  private long quotation(long productId, String quantity) {
    return manager
        .post(
            "/api/v1/sales-orders",
            Map.of(
                "customerId",
                customer,
                "lines",
                List.of(Map.of("productId", productId, "quantity", quantity))))
        .json()
        .get("id")
        .asLong();
  }
}

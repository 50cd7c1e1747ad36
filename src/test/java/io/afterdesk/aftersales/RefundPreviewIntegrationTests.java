package io.afterdesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.invoicing.InvoiceLineView;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The refund wizard shows, per invoice and per button, exactly what it will credit, and then
 * credits exactly that; its Product and Lot/Serial filters, "—" as sales order or product, and the
 * required reversal date, through the API.
 */
class RefundPreviewIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Invoices invoices;

  RefundFixtures fixtures;
  UserSummary agent;
  TeamView team;
  ApiClient api;

  @BeforeEach
  void data() {
    fixtures = new RefundFixtures(context, port);
    agent = fixtures.user("preview", Role.AGENT);
    team = fixtures.team("Preview", true, agent);
    api = fixtures.api(agent);
  }

  @Test
  void bothButtonsCreditExactlyThePreviewOfTheTicketsProduct() {
    long company = fixtures.company("Repairs");
    long battery = fixtures.product("Battery", Tracking.NONE, "100.00");
    long labour = fixtures.product("Labour", Tracking.NONE, "45.00");
    InvoiceView invoice =
        fixtures.postedInvoice(company, new LinkedHashMap<>(Map.of(battery, "5", labour, "1")));
    long ticket = fixtures.ticket(agent, team, company, labour, null, null);

    JsonNode choices = api.get("/api/v1/tickets/" + ticket + "/refund").json();
    assertThat(choices.get("productId").asLong()).isEqualTo(labour);
    JsonNode offered = invoiceOf(choices, invoice.id());
    JsonNode full = offered.get("preview").get("REVERSE_AND_CREATE_INVOICE");
    JsonNode reverse = offered.get("preview").get("REVERSE");
    InvoiceLineView labourLine = lineOf(invoice, labour);
    String labourAmount = labourLine.total().rounded().amount().toPlainString();
    assertThat(full.get("amount").get("amount").asString()).isEqualTo(labourAmount);
    assertThat(reverse.get("amount").get("amount").asString()).isEqualTo(labourAmount);
    assertThat(offered.get("leftToCredit").get("amount").asString()).isEqualTo(labourAmount);
    assertThat(full.get("lines")).hasSize(1);
    JsonNode line = full.get("lines").get(0);
    assertThat(line.get("productId").asLong()).isEqualTo(labour);
    assertThat(new BigDecimal(line.get("quantity").asString())).isEqualByComparingTo("1");
    assertThat(line.get("unitPrice").get("amount").asString()).isEqualTo("45.00");

    ApiResponse done =
        api.post(
            "/api/v1/tickets/" + ticket + "/refund",
            RefundFixtures.refundBody(List.of(invoice.id()), "REVERSE_AND_CREATE_INVOICE"));
    assertThat(done.status()).as(done.body()).isEqualTo(201);
    InvoiceView note = invoices.get(done.json().get("creditNoteIds").get(0).asLong());
    assertThat(note.isPosted()).isTrue();
    assertThat(note.total().rounded().amount().toPlainString()).isEqualTo(labourAmount);
    assertThat(note.lines()).extracting(InvoiceLineView::productId).containsExactly(labour);
    InvoiceView copy = invoices.get(done.json().get("newInvoiceIds").get(0).asLong());
    assertThat(copy.lines()).extracting(InvoiceLineView::productId).containsExactly(labour);
    assertThat(invoices.creditedQuantities(invoice.id()))
        .doesNotContainKey(lineOf(invoice, battery).id());
  }

  @Test
  void noProductFilterPreviewsAndCreditsEveryLine() {
    long company = fixtures.company("Whole");
    long battery = fixtures.product("Cell", Tracking.NONE, "100.00");
    long labour = fixtures.product("Work", Tracking.NONE, "45.00");
    InvoiceView invoice =
        fixtures.postedInvoice(company, new LinkedHashMap<>(Map.of(battery, "2", labour, "1")));
    long ticket = fixtures.ticket(agent, team, company, labour, null, null);

    JsonNode choices = api.get("/api/v1/tickets/" + ticket + "/refund?productId=").json();
    assertThat(choices.path("productId").isMissingNode() || choices.path("productId").isNull())
        .isTrue();
    assertThat(ids(choices.get("products"))).contains(battery, labour);
    JsonNode reverse = invoiceOf(choices, invoice.id()).get("preview").get("REVERSE");
    String whole = invoice.total().rounded().amount().toPlainString();
    assertThat(reverse.get("amount").get("amount").asString()).isEqualTo(whole);
    assertThat(reverse.get("lines")).hasSize(2);

    Map<String, Object> body =
        new LinkedHashMap<>(RefundFixtures.refundBody(List.of(invoice.id()), "REVERSE"));
    body.put("productId", null);
    ApiResponse done = api.post("/api/v1/tickets/" + ticket + "/refund", body);
    assertThat(done.status()).as(done.body()).isEqualTo(201);
    InvoiceView note = invoices.get(done.json().get("creditNoteIds").get(0).asLong());
    assertThat(note.isDraft()).isTrue();
    assertThat(note.total().rounded().amount().toPlainString()).isEqualTo(whole);
  }

  @Test
  void anEmptySalesOrderMeansAnyOrderOfTheCustomer() {
    long company = fixtures.company("AnyOrder");
    long product = fixtures.product("Toaster", Tracking.NONE, "30.00");
    fixtures.inStock(product, "5");
    SalesOrderView order =
        fixtures.shippedAndInvoiced(company, product, "1", null, LocalDate.now().minusDays(1));
    InvoiceView loose = fixtures.postedInvoice(company, product, "2");
    long ticket = fixtures.ticket(agent, team, company, null, null, null);

    JsonNode defaults = api.get("/api/v1/tickets/" + ticket + "/refund").json();
    assertThat(defaults.get("salesOrderId").asLong()).isEqualTo(order.id());

    JsonNode any = api.get("/api/v1/tickets/" + ticket + "/refund?salesOrderId=").json();
    assertThat(any.path("salesOrderId").isMissingNode() || any.path("salesOrderId").isNull())
        .isTrue();
    assertThat(ids(any.get("invoices"))).contains(loose.id(), order.invoiceIds().get(0));
  }

  @Test
  void theLotFieldListsOnlyLotsOfATrackedProductAndFiltersTheInvoices() {
    long company = fixtures.company("Serials");
    long tracked = fixtures.product("Phone", Tracking.SERIAL, "300.00");
    long plain = fixtures.product("Case", Tracking.NONE, "10.00");
    long other = fixtures.product("Tablet", Tracking.SERIAL, "200.00");
    LotSummary first = fixtures.lotInStock(tracked, "SN1", "1");
    LotSummary second = fixtures.lotInStock(tracked, "SN2", "1");
    LotSummary foreign = fixtures.lotInStock(other, "SN9", "1");
    SalesOrderView one =
        fixtures.shippedAndInvoiced(
            company, tracked, "1", first.id(), LocalDate.now().minusDays(2));
    SalesOrderView two =
        fixtures.shippedAndInvoiced(
            company, tracked, "1", second.id(), LocalDate.now().minusDays(1));
    long ticket = fixtures.ticket(agent, team, company, tracked, first.id(), null);

    JsonNode choices = api.get("/api/v1/tickets/" + ticket + "/refund").json();
    assertThat(choices.get("lotId").asLong()).isEqualTo(first.id());
    assertThat(ids(choices.get("lots")))
        .contains(first.id(), second.id())
        .doesNotContain(foreign.id());
    assertThat(ids(choices.get("invoices"))).containsExactlyElementsOf(one.invoiceIds());

    JsonNode bySecond =
        api.get(
                "/api/v1/tickets/"
                    + ticket
                    + "/refund?productId="
                    + tracked
                    + "&lotId="
                    + second.id())
            .json();
    assertThat(ids(bySecond.get("invoices"))).containsExactlyElementsOf(two.invoiceIds());

    JsonNode byPlain = api.get("/api/v1/tickets/" + ticket + "/refund?productId=" + plain).json();
    assertThat(byPlain.get("lots")).isEmpty();
    assertThat(byPlain.path("lotId").isMissingNode() || byPlain.path("lotId").isNull()).isTrue();

    Map<String, Object> wrongLot =
        new LinkedHashMap<>(RefundFixtures.refundBody(one.invoiceIds(), "REVERSE"));
    wrongLot.put("productId", tracked);
    wrongLot.put("lotId", second.id());
    ApiResponse refused = api.post("/api/v1/tickets/" + ticket + "/refund", wrongLot);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(invoices.creditNotesOf(one.invoiceIds().get(0))).isEmpty();
  }

  @Test
  void aMissingReversalDateIsAFieldError() {
    long company = fixtures.company("NoDate");
    long product = fixtures.product("Fan", Tracking.NONE, "15.00");
    InvoiceView invoice = fixtures.postedInvoice(company, product, "1");
    long ticket = fixtures.ticket(agent, team, company, null, null, null);
    Map<String, Object> body =
        new LinkedHashMap<>(RefundFixtures.refundBody(List.of(invoice.id()), "REVERSE"));
    body.remove("reversalDate");

    ApiResponse refused = api.post("/api/v1/tickets/" + ticket + "/refund", body);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("errors").get(0).get("field").asString())
        .isEqualTo("reversalDate");
    assertThat(invoices.creditNotesOf(invoice.id())).isEmpty();
  }

  private static JsonNode invoiceOf(JsonNode choices, long invoiceId) {
    for (JsonNode invoice : choices.get("invoices")) {
      if (invoice.get("id").asLong() == invoiceId) {
        return invoice;
      }
    }
    throw new AssertionError("invoice " + invoiceId + " not offered: " + choices);
  }

  private static InvoiceLineView lineOf(InvoiceView invoice, long productId) {
    return invoice.lines().stream()
        .filter(l -> Long.valueOf(productId).equals(l.productId()))
        .findFirst()
        .orElseThrow();
  }

  private static List<Long> ids(JsonNode array) {
    List<Long> ids = new ArrayList<>();
    array.forEach(node -> ids.add(node.get("id").asLong()));
    return ids;
  }
}

package io.afterdesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.invoicing.PaymentRequest;
import io.afterdesk.mail.Threads;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.StaffSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * SPEC §0: an agent reads the ERP documents their teams' tickets reach — the documents of every
 * contact of the commercial entities of those tickets' customers, and the documents made from those
 * tickets — in lists (pages, API, CSV), single documents, PDFs and threads; other documents do not
 * exist for them (404). Managers read everything.
 */
class DocumentReachIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Invoices invoices;
  @Autowired Threads threads;

  RefundFixtures fixtures;
  UserSummary agentOne;
  UserSummary agentTwo;
  UserSummary manager;
  TeamView teamOne;
  TeamView teamTwo;
  long company;
  long buyer;
  long colleague;
  long elsewhere;
  long product;
  SalesOrderView order;
  long invoiceId;
  long deliveryId;
  long elsewhereInvoiceId;

  @BeforeEach
  void data() {
    fixtures = new RefundFixtures(context, port);
    agentOne = fixtures.user("reach-one", Role.AGENT);
    agentTwo = fixtures.user("reach-two", Role.AGENT);
    manager = fixtures.user("reach-boss", Role.MANAGER);
    teamOne = fixtures.team("Reach One", true, agentOne);
    teamTwo = fixtures.team("Reach Two", true, agentTwo);
    company = fixtures.company("Reached Co");
    buyer = fixtures.contact(company, "Buyer");
    colleague = fixtures.contact(company, "Colleague");
    elsewhere = fixtures.company("Elsewhere");
    product = fixtures.product("Kettle", Tracking.NONE, "20.00");
    fixtures.inStock(product, "10");
    order = fixtures.shippedAndInvoiced(buyer, product, "2", null, LocalDate.now());
    invoiceId = order.invoiceIds().get(0);
    deliveryId = order.deliveryIds().get(0);
    invoices.registerPayment(invoiceId, new PaymentRequest(null, null, null));
    elsewhereInvoiceId = fixtures.postedInvoice(elsewhere, product, "1").id();
    fixtures.ticket(agentOne, teamOne, buyer, null, null, null);
  }

  List<String> documentPaths() {
    return List.of(
        "/api/v1/invoices/" + invoiceId,
        "/api/v1/invoices/" + invoiceId + "/pdf",
        "/api/v1/invoices/" + invoiceId + "/payments",
        "/api/v1/sales-orders/" + order.id(),
        "/api/v1/transfers/" + deliveryId,
        "/api/v1/customers/" + buyer,
        "/api/v1/customers/" + company);
  }

  List<String> pagePaths() {
    return List.of(
        "/invoicing/invoices/" + invoiceId,
        "/invoicing/invoices/" + invoiceId + "/pdf",
        "/sales/orders/" + order.id(),
        "/inventory/transfers/" + deliveryId,
        "/customers/" + buyer,
        "/threads/invoicing.invoice/" + invoiceId,
        "/threads/sales.order/" + order.id(),
        "/threads/inventory.transfer/" + deliveryId);
  }

  Map<String, Integer> apiStatuses(UserSummary user) {
    ApiClient api = fixtures.api(user);
    Map<String, Integer> statuses = new java.util.LinkedHashMap<>();
    documentPaths().forEach(path -> statuses.put(path, api.get(path).status()));
    return statuses;
  }

  Map<String, Integer> pageStatuses(UserSummary user) {
    StaffSession session = StaffSession.signIn(port, user.login(), RefundFixtures.PASSWORD);
    Map<String, Integer> statuses = new java.util.LinkedHashMap<>();
    pagePaths().forEach(path -> statuses.put(path, session.get(path).statusCode()));
    return statuses;
  }

  static Map<String, Integer> all(List<String> paths, int status) {
    Map<String, Integer> expected = new java.util.LinkedHashMap<>();
    paths.forEach(path -> expected.put(path, status));
    return expected;
  }

  @Test
  void anAgentWhoseTicketsDoNotReachTheCustomerGets404ForItsDocumentsPdfsAndThreads() {
    assertThat(apiStatuses(agentTwo)).isEqualTo(all(documentPaths(), 404));
    assertThat(pageStatuses(agentTwo)).isEqualTo(all(pagePaths(), 404));

    assertThat(apiStatuses(agentOne)).isEqualTo(all(documentPaths(), 200));
    assertThat(pageStatuses(agentOne)).isEqualTo(all(pagePaths(), 200));
  }

  @Test
  void anAgentCannotPostOnTheThreadOfADocumentOutOfReach() {
    StaffSession session = StaffSession.signIn(port, agentTwo.login(), RefundFixtures.PASSWORD);
    session.get("/helpdesk/tickets");
    HttpResponse<String> posted =
        session.post(
            "/threads/invoicing.invoice/" + invoiceId + "/messages",
            Map.of("body", "Not my customer", "internal", "true"));

    assertThat(posted.statusCode()).isEqualTo(404);
    assertThat(threads.messagesOf(new DocumentRef(Invoices.DOCUMENT_TYPE, invoiceId)))
        .noneMatch(m -> String.valueOf(m.body()).contains("Not my customer"));
  }

  @Test
  void listsCountsAndExportsHoldOnlyTheRowsWithinReach() {
    ApiClient one = fixtures.api(agentOne);
    assertThat(ids(one.get("/api/v1/invoices?size=100"))).containsExactly(invoiceId);
    assertThat(one.get("/api/v1/invoices").json().get("total").asLong()).isEqualTo(1);
    assertThat(ids(one.get("/api/v1/sales-orders"))).containsExactly(order.id());
    assertThat(ids(one.get("/api/v1/transfers"))).containsExactly(deliveryId);
    assertThat(one.get("/api/v1/payments").json().get("total").asLong()).isEqualTo(1);
    assertThat(ids(one.get("/api/v1/customers?size=100")))
        .containsExactlyInAnyOrder(company, buyer, colleague);

    ApiClient two = fixtures.api(agentTwo);
    for (String list :
        List.of(
            "/api/v1/invoices",
            "/api/v1/sales-orders",
            "/api/v1/transfers",
            "/api/v1/payments",
            "/api/v1/customers")) {
      assertThat(two.get(list).json().get("total").asLong()).as(list).isZero();
    }

    StaffSession page = StaffSession.signIn(port, agentOne.login(), RefundFixtures.PASSWORD);
    assertThat(page.get("/invoicing/invoices").body())
        .contains("invoice-row-" + invoiceId)
        .doesNotContain("invoice-row-" + elsewhereInvoiceId);
    assertThat(csvLines(page, "/invoicing/invoices?format=csv")).isEqualTo(2);
    assertThat(csvLines(page, "/sales/orders?format=csv")).isEqualTo(2);
    assertThat(csvLines(page, "/inventory/transfers?format=csv")).isEqualTo(2);
    assertThat(csvLines(page, "/customers?format=csv")).isEqualTo(4);
  }

  @Test
  void aTicketOfTheOtherTeamOnAnotherContactOfTheCompanyBringsItsDocumentsWithinReach() {
    fixtures.ticket(agentTwo, teamTwo, colleague, null, null, null);

    assertThat(apiStatuses(agentTwo)).isEqualTo(all(documentPaths(), 200));
    assertThat(ids(fixtures.api(agentTwo).get("/api/v1/invoices"))).containsExactly(invoiceId);
    StaffSession session = StaffSession.signIn(port, agentTwo.login(), RefundFixtures.PASSWORD);
    session.get("/invoicing/invoices/" + invoiceId);
    HttpResponse<String> posted =
        session.post(
            "/threads/invoicing.invoice/" + invoiceId + "/messages",
            Map.of("body", "Asked the colleague", "internal", "true"));
    assertThat(posted.statusCode()).isEqualTo(200);
    assertThat(threads.messagesOf(new DocumentRef(Invoices.DOCUMENT_TYPE, invoiceId)))
        .anyMatch(m -> String.valueOf(m.body()).contains("Asked the colleague"));
  }

  @Test
  void managersReadEverything() {
    ApiClient boss = fixtures.api(manager);
    assertThat(apiStatuses(manager)).isEqualTo(all(documentPaths(), 200));
    assertThat(boss.get("/api/v1/invoices/" + elsewhereInvoiceId).status()).isEqualTo(200);
    assertThat(ids(boss.get("/api/v1/invoices?customerId=" + elsewhere)))
        .containsExactly(elsewhereInvoiceId);
    assertThat(boss.get("/api/v1/customers/" + elsewhere).status()).isEqualTo(200);
  }

  @Test
  void aCustomerAnAgentCreatesIsWithinTheirReachOnly() {
    ApiResponse created =
        fixtures
            .api(agentTwo)
            .post(
                "/api/v1/customers",
                Map.of("name", "New Walk-in " + fixtures.suffix, "isCompany", false));
    assertThat(created.status()).isEqualTo(201);
    long id = created.json().get("id").asLong();

    assertThat(fixtures.api(agentTwo).get("/api/v1/customers/" + id).status()).isEqualTo(200);
    assertThat(ids(fixtures.api(agentTwo).get("/api/v1/customers"))).containsExactly(id);
    assertThat(fixtures.api(agentOne).get("/api/v1/customers/" + id).status()).isEqualTo(404);
  }

  @Test
  void aDocumentMadeFromATicketStaysWithinReachWhenTheTicketChangesCustomer() {
    long ticket = fixtures.ticket(agentTwo, teamTwo, elsewhere, null, null, null);
    ApiClient two = fixtures.api(agentTwo);
    ApiResponse refund =
        two.post(
            "/api/v1/tickets/" + ticket + "/refund",
            RefundFixtures.refundBody(List.of(elsewhereInvoiceId), "REVERSE"));
    assertThat(refund.status()).as(refund.body()).isEqualTo(201);
    long creditNote = refund.json().get("creditNoteIds").get(0).asLong();
    long third = fixtures.company("Third");
    assertThat(two.patch("/api/v1/tickets/" + ticket, Map.of("customerId", third)).status())
        .isEqualTo(200);

    assertThat(two.get("/api/v1/invoices/" + creditNote).status()).isEqualTo(200);
    assertThat(two.get("/api/v1/invoices/" + elsewhereInvoiceId).status()).isEqualTo(404);
    assertThat(ids(two.get("/api/v1/invoices"))).containsExactly(creditNote);
  }

  static List<Long> ids(ApiResponse list) {
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    for (JsonNode item : list.json().get("items")) {
      ids.add(item.get("id").asLong());
    }
    return ids;
  }

  static int csvLines(StaffSession session, String path) {
    HttpResponse<String> csv = session.get(path);
    assertThat(csv.statusCode()).isEqualTo(200);
    return csv.body().replace("\uFEFF", "").split("\r?\n").length;
  }
}

package io.afterdesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.Tracking;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.invoicing.JournalType;
import io.afterdesk.sales.SalesOrderView;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
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
 * The refund wizard's defaults and filters (commercial entity, sales order, product, lot), the
 * explanation when nothing is refundable, and the refusals of SPEC §3 through the API.
 */
class RefundWizardIntegrationTests extends IntegrationTest {

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
    agent = fixtures.user("wizard", Role.AGENT);
    team = fixtures.team("Wizard", true, agent);
    api = fixtures.api(agent);
  }

  @Test
  void defaultsAreTheLatestOrderWithARefundableInvoiceOfTheCommercialEntity() {
    long company = fixtures.company("Acme");
    long contact = fixtures.contact(company, "Jane");
    long product = fixtures.product("Kettle", Tracking.NONE, "20.00");
    fixtures.inStock(product, "10");
    SalesOrderView older =
        fixtures.shippedAndInvoiced(company, product, "1", null, LocalDate.now().minusDays(5));
    SalesOrderView latest =
        fixtures.shippedAndInvoiced(company, product, "2", null, LocalDate.now().minusDays(1));
    long otherCompany = fixtures.company("Other");
    InvoiceView foreign = fixtures.postedInvoice(otherCompany, product, "1");
    long ticket = fixtures.ticket(agent, team, contact, null, null, null);

    JsonNode choices = api.get("/api/v1/tickets/" + ticket + "/refund").json();
    assertThat(choices.get("salesOrderId").asLong()).isEqualTo(latest.id());
    assertThat(ids(choices.get("salesOrders"))).containsExactly(latest.id(), older.id());
    assertThat(ids(choices.get("invoices"))).containsExactlyElementsOf(latest.invoiceIds());
    assertThat(longs(choices.get("invoiceIds"))).containsExactlyElementsOf(latest.invoiceIds());
    String reference = api.get("/api/v1/tickets/" + ticket).json().get("reference").asString();
    assertThat(choices.get("reason").asString()).isEqualTo("Helpdesk Ticket " + reference);
    InvoiceView invoice = invoices.get(latest.invoiceIds().get(0));
    assertThat(choices.get("journalId").asLong()).isEqualTo(invoice.journalId());
    assertThat(choices.get("reversalDate").asString()).isEqualTo(LocalDate.now().toString());
    assertThat(choices.has("emptyReason") && !choices.get("emptyReason").isNull()).isFalse();

    JsonNode forOlder =
        api.get("/api/v1/tickets/" + ticket + "/refund?salesOrderId=" + older.id()).json();
    assertThat(ids(forOlder.get("invoices"))).containsExactlyElementsOf(older.invoiceIds());

    ApiResponse forced =
        api.post(
            "/api/v1/tickets/" + ticket + "/refund",
            RefundFixtures.refundBody(List.of(foreign.id()), "REVERSE"));
    assertThat(forced.status()).isEqualTo(422);
    assertThat(invoices.creditNotesOf(foreign.id())).isEmpty();
  }

  @Test
  void aProductAndALotFilterTheOrdersAndInvoicesOffered() {
    long company = fixtures.company("Lots");
    long tracked = fixtures.product("Drill", Tracking.LOT, "50.00");
    long plain = fixtures.product("Bits", Tracking.NONE, "5.00");
    fixtures.inStock(plain, "10");
    LotSummary lotA = fixtures.lotInStock(tracked, "A", "5");
    LotSummary lotB = fixtures.lotInStock(tracked, "B", "5");
    SalesOrderView withA =
        fixtures.shippedAndInvoiced(company, tracked, "1", lotA.id(), LocalDate.now().minusDays(3));
    SalesOrderView withB =
        fixtures.shippedAndInvoiced(company, tracked, "1", lotB.id(), LocalDate.now().minusDays(2));
    SalesOrderView bits =
        fixtures.shippedAndInvoiced(company, plain, "3", null, LocalDate.now().minusDays(1));

    long byProduct = fixtures.ticket(agent, team, company, tracked, null, null);
    JsonNode productChoices = api.get("/api/v1/tickets/" + byProduct + "/refund").json();
    assertThat(ids(productChoices.get("salesOrders"))).containsExactly(withB.id(), withA.id());
    assertThat(ids(productChoices.get("salesOrders"))).doesNotContain(bits.id());

    long byLot = fixtures.ticket(agent, team, company, tracked, lotA.id(), null);
    JsonNode lotChoices = api.get("/api/v1/tickets/" + byLot + "/refund").json();
    assertThat(ids(lotChoices.get("salesOrders"))).containsExactly(withA.id());
    assertThat(ids(lotChoices.get("invoices"))).containsExactlyElementsOf(withA.invoiceIds());
  }

  @Test
  void nothingRefundableIsExplainedAndRefusalsFollowTheSpec() {
    long company = fixtures.company("Empty");
    long product = fixtures.product("Mug", Tracking.NONE, "8.00");
    long empty = fixtures.ticket(agent, team, company, null, null, null);
    JsonNode none = api.get("/api/v1/tickets/" + empty + "/refund").json();
    assertThat(none.get("invoices")).isEmpty();
    assertThat(none.get("emptyReason").asString()).isEqualTo("aftersales.refund.empty.no-invoice");

    long draft =
        invoices.createDraft(
            io.afterdesk.invoicing.InvoiceDraft.of(
                company,
                List.of(
                    io.afterdesk.invoicing.InvoiceLineInput.ofProduct(
                        product, java.math.BigDecimal.ONE))));
    ApiResponse notPosted =
        api.post(
            "/api/v1/tickets/" + empty + "/refund",
            RefundFixtures.refundBody(List.of(draft), "REVERSE"));
    assertThat(notPosted.status()).isEqualTo(409);
    assertThat(notPosted.json().get("detail").asString())
        .isEqualTo("You can only reverse posted moves.");

    InvoiceView posted = fixtures.postedInvoice(company, product, "1");
    long bank =
        invoices.journals().stream()
            .filter(j -> j.type() == JournalType.BANK)
            .findFirst()
            .orElseThrow()
            .id();
    Map<String, Object> wrongJournal =
        new java.util.LinkedHashMap<>(RefundFixtures.refundBody(List.of(posted.id()), "REVERSE"));
    wrongJournal.put("journalId", bank);
    ApiResponse journal = api.post("/api/v1/tickets/" + empty + "/refund", wrongJournal);
    assertThat(journal.status()).isEqualTo(422);
    assertThat(journal.body()).contains("Journal should be the same type as the reversed entry.");

    Map<String, Object> noReason =
        new java.util.LinkedHashMap<>(RefundFixtures.refundBody(List.of(posted.id()), "REVERSE"));
    noReason.put("reasonCode", "NOPE");
    assertThat(api.post("/api/v1/tickets/" + empty + "/refund", noReason).status()).isEqualTo(422);
    assertThat(invoices.creditNotesOf(posted.id())).isEmpty();
  }

  @Test
  void anAgentOfAnotherTeamGets404AndASwitchedOffTeam409() {
    long company = fixtures.company("Hidden");
    long product = fixtures.product("Lamp", Tracking.NONE, "12.00");
    InvoiceView invoice = fixtures.postedInvoice(company, product, "1");
    long ticket = fixtures.ticket(agent, team, company, null, null, null);
    UserSummary stranger = fixtures.user("stranger", Role.AGENT);
    fixtures.team("Elsewhere", true, stranger);
    ApiClient other = fixtures.api(stranger);
    assertThat(other.get("/api/v1/tickets/" + ticket + "/refund").status()).isEqualTo(404);
    assertThat(other.get("/api/v1/tickets/" + ticket + "/credit-notes").status()).isEqualTo(404);
    assertThat(
            other
                .post(
                    "/api/v1/tickets/" + ticket + "/refund",
                    RefundFixtures.refundBody(List.of(invoice.id()), "REVERSE"))
                .status())
        .isEqualTo(404);

    TeamView off = fixtures.team("Off", false, agent);
    long offTicket = fixtures.ticket(agent, off, company, null, null, null);
    assertThat(api.get("/api/v1/tickets/" + offTicket + "/refund").status()).isEqualTo(409);
    assertThat(
            api.post(
                    "/api/v1/tickets/" + offTicket + "/refund",
                    RefundFixtures.refundBody(List.of(invoice.id()), "REVERSE"))
                .status())
        .isEqualTo(409);
    assertThat(invoices.creditNotesOf(invoice.id())).isEmpty();
  }

  static List<Long> ids(JsonNode array) {
    List<Long> ids = new ArrayList<>();
    array.forEach(node -> ids.add(node.get("id").asLong()));
    return ids;
  }

  static List<Long> longs(JsonNode array) {
    List<Long> ids = new ArrayList<>();
    array.forEach(node -> ids.add(node.asLong()));
    return ids;
  }
}

package io.afterdesk.invoicing;

import static io.afterdesk.invoicing.InvoiceFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.identity.NewUser;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.StaffSession;
import io.afterdesk.support.TicketReach;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The invoicing pages: list, new draft with lines, form actions, payment dialog, PDF, roles. */
class InvoicePagesIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired UserManagement users;
  @Autowired InvoiceFixtures fixtures;
  @Autowired Invoices invoices;
  @Autowired ApplicationContext context;

  private String suffix;
  private long customer;

  @BeforeEach
  void data() {
    suffix = InvoiceFixtures.suffix();
    customer = fixtures.customer("Page Customer " + suffix);
  }

  @Test
  void aManagerCreatesADraftAddsALineAndPostsIt() {
    StaffSession manager = session(Role.MANAGER);
    HttpResponse<String> blank = manager.get("/invoicing/invoices/new");
    assertThat(blank.statusCode()).isEqualTo(200);
    assertThat(blank.body()).contains("id=\"invoice-form\"").contains("id=\"add-line\"");

    Map<String, String> form = new LinkedHashMap<>();
    form.put("customerId", String.valueOf(customer));
    form.put("reference", "REF-" + suffix);
    form.put("invoiceDate", "2026-03-01");
    form.put("lines[0].description", "Consulting");
    form.put("lines[0].quantity", "2");
    form.put("lines[0].unitPrice", "50");
    form.put("lines[0].taxRate", "10");
    Map<String, String> adding = new LinkedHashMap<>(form);
    adding.put("addLine", "true");
    HttpResponse<String> twoRows = manager.post("/invoicing/invoices", adding);
    assertThat(twoRows.statusCode()).isEqualTo(200);
    assertThat(twoRows.body()).contains("id=\"line-1\"").contains("Consulting");

    form.put("lines[1].description", "Travel");
    form.put("lines[1].quantity", "1");
    form.put("lines[1].unitPrice", "20");
    form.put("lines[1].taxRate", "0");
    HttpResponse<String> created = manager.post("/invoicing/invoices", form);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    String location = created.headers().firstValue("Location").orElseThrow();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    InvoiceView draft = invoices.get(id);
    assertThat(draft.lines()).hasSize(2);
    assertThat(draft.total().amount()).isEqualByComparingTo("130");

    HttpResponse<String> page = manager.get("/invoicing/invoices/" + id + "?lang=en");
    assertThat(page.body())
        .contains("id=\"status-DRAFT\"")
        .contains("id=\"invoice-post\"")
        .contains("Draft Invoice")
        .contains("130.00 USD")
        .contains("chatter-" + id);

    HttpResponse<String> posted = manager.post("/invoicing/invoices/" + id + "/post", Map.of());
    assertThat(posted.statusCode()).isEqualTo(302);
    InvoiceView after = invoices.get(id);
    assertThat(after.state()).isEqualTo(InvoiceState.POSTED);
    HttpResponse<String> postedPage = manager.get("/invoicing/invoices/" + id + "?lang=en");
    assertThat(postedPage.body())
        .contains(after.number())
        .contains("Not paid")
        .contains("id=\"invoice-register-payment\"")
        .doesNotContain("id=\"invoice-post\"")
        .doesNotContain("id=\"add-line\"");
  }

  @Test
  void aPaymentIsRegisteredThroughTheDialog() {
    InvoiceView invoice = fixtures.postedInvoiceFor(customer, line("1", "100", "0"));
    StaffSession manager = session(Role.MANAGER);
    HttpResponse<String> dialog =
        manager.get("/invoicing/invoices/" + invoice.id() + "/payment?lang=en");
    assertThat(dialog.statusCode()).isEqualTo(200);
    assertThat(dialog.body()).contains("id=\"payment-form\"").contains("value=\"100.00\"");
    long bank =
        invoices.journals().stream().filter(j -> j.code().equals("BNK1")).findFirst().get().id();

    HttpResponse<String> tooMuch =
        manager.post(
            "/invoicing/invoices/" + invoice.id() + "/payments",
            Map.of("journalId", String.valueOf(bank), "amount", "150", "date", "2026-03-02"));
    assertThat(tooMuch.statusCode()).isEqualTo(200);
    assertThat(tooMuch.body()).contains("exceeds the amount due");

    HttpResponse<String> paid =
        manager.post(
            "/invoicing/invoices/" + invoice.id() + "/payments",
            Map.of("journalId", String.valueOf(bank), "amount", "60", "date", "2026-03-02"));
    assertThat(paid.statusCode()).isEqualTo(302);
    assertThat(paid.headers().firstValue("Location"))
        .hasValueSatisfying(
            location -> assertThat(location).endsWith("/invoicing/invoices/" + invoice.id()));
    assertThat(invoices.get(invoice.id()).paymentState()).isEqualTo(PaymentState.PARTIAL);
    HttpResponse<String> page = manager.get("/invoicing/invoices/" + invoice.id() + "?lang=vi");
    assertThat(page.body()).contains("Thanh toán một phần").contains("id=\"smart-payments\"");
    assertThat(manager.get("/invoicing/payments?q=" + invoice.number()).body())
        .contains("60.00 USD");
  }

  @Test
  void theFormLinksAnInvoiceAndItsCreditNotes() {
    InvoiceView invoice = fixtures.postedInvoiceFor(customer, line("2", "10", "0"));
    long noteId =
        invoices.createCreditNote(
            new CreditNoteDraft(
                invoice.id(),
                null,
                null,
                null,
                null,
                java.util.List.of(
                    new CreditLineInput(invoice.lines().get(0).id(), BigDecimal.ONE, null))));
    StaffSession agent = session(Role.AGENT);
    HttpResponse<String> page = agent.get("/invoicing/invoices/" + invoice.id() + "?lang=en");
    assertThat(page.body())
        .contains("id=\"smart-credit-notes\"")
        .contains("/invoicing/invoices/" + noteId)
        .doesNotContain("id=\"invoice-cancel\"");
    HttpResponse<String> note = agent.get("/invoicing/invoices/" + noteId + "?lang=en");
    assertThat(note.body())
        .contains("id=\"smart-reversed-invoice\"")
        .contains(invoice.number())
        .contains("Draft Credit Note");
  }

  @Test
  void theListSearchesFiltersAndExports() {
    InvoiceView posted = fixtures.postedInvoiceFor(customer, line("1", "10", "0"));
    long draft = fixtures.draftFor(customer, line("1", "5", "0"));
    StaffSession agent = session(Role.AGENT);

    HttpResponse<String> byCustomer = agent.get("/invoicing/invoices?q=Page+Customer+" + suffix);
    assertThat(byCustomer.statusCode()).isEqualTo(200);
    assertThat(byCustomer.body())
        .contains("invoice-row-" + posted.id())
        .contains("invoice-row-" + draft)
        .doesNotContain("id=\"invoice-new\"");
    HttpResponse<String> drafts =
        agent.get("/invoicing/invoices?q=Page+Customer+" + suffix + "&state=DRAFT");
    assertThat(drafts.body())
        .contains("invoice-row-" + draft)
        .doesNotContain("invoice-row-" + posted.id());

    HttpResponse<String> csv =
        agent.get("/invoicing/invoices?format=csv&state=POSTED&q=Page+Customer+" + suffix);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    String[] rows = csv.body().replace("\uFEFF", "").split("\r?\n");
    assertThat(rows[0]).startsWith("Number,Kind,Customer");
    assertThat(rows).hasSize(2);
    assertThat(rows[1]).contains(posted.number()).contains("Page Customer " + suffix);

    assertThat(agent.get("/invoicing/journals").body()).contains("Customer Invoices");
    assertThat(agent.get("/invoicing/payments").statusCode()).isEqualTo(200);
  }

  @Test
  void agentsAreRefusedChangesAndThePdfDownloads() {
    long draft = fixtures.draftFor(customer, line("1", "5", "0"));
    StaffSession agent = session(Role.AGENT);
    assertThat(agent.get("/invoicing/invoices/" + draft).body())
        .doesNotContain("id=\"invoice-post\"")
        .doesNotContain("id=\"invoice-save\"");
    assertThat(agent.post("/invoicing/invoices/" + draft + "/post", Map.of()).statusCode())
        .isEqualTo(403);
    assertThat(invoices.get(draft).state()).isEqualTo(InvoiceState.DRAFT);
    assertThat(agent.get("/invoicing/invoices/new").statusCode()).isEqualTo(403);

    HttpResponse<String> pdf = agent.get("/invoicing/invoices/" + draft + "/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF");
  }

  @Test
  void aManagerCancelsAPostedInvoiceAndSeesTheRefusalWhenPaid() {
    InvoiceView paid = fixtures.postedInvoiceFor(customer, line("1", "10", "0"));
    invoices.registerPayment(paid.id(), new PaymentRequest(null, null, null));
    StaffSession manager = session(Role.MANAGER);
    manager.get("/invoicing/invoices/" + paid.id());
    HttpResponse<String> refused =
        manager.post("/invoicing/invoices/" + paid.id() + "/cancel", Map.of());
    assertThat(refused.statusCode()).isEqualTo(302);
    assertThat(manager.get("/invoicing/invoices/" + paid.id() + "?lang=en").body())
        .contains("unmatch first");
    assertThat(invoices.get(paid.id()).state()).isEqualTo(InvoiceState.POSTED);
  }

  private StaffSession session(Role role) {
    String login = "inv-" + role.name().toLowerCase() + "-" + suffix;
    long id = users.create(new NewUser(login, login, null, "secret", role, Set.of())).id();
    if (role == Role.AGENT) {
      TicketReach.give(context, id, customer);
    }
    return StaffSession.signIn(port, login, "secret");
  }
}

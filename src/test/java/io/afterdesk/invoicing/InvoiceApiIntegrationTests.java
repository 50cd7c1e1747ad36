package io.afterdesk.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.identity.NewUser;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.TicketReach;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** The invoice API: shapes, draft → post → pay, credit notes, 409s, PDF, and agents' 403. */
class InvoiceApiIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired UserManagement users;
  @Autowired InvoiceFixtures fixtures;
  @Autowired ApplicationContext context;

  private ApiClient manager;
  private ApiClient agent;
  private String suffix;
  private long customer;
  private long product;

  @BeforeEach
  void data() {
    suffix = InvoiceFixtures.suffix();
    users.create(
        new NewUser("imgr-" + suffix, "Manager " + suffix, null, "secret", Role.MANAGER, Set.of()));
    long agentId =
        users
            .create(
                new NewUser(
                    "iagt-" + suffix, "Agent " + suffix, null, "secret", Role.AGENT, Set.of()))
            .id();
    manager = ApiClient.at(port).as("imgr-" + suffix, "secret");
    agent = ApiClient.at(port).as("iagt-" + suffix, "secret");
    customer = fixtures.customer("Api Customer " + suffix);
    TicketReach.give(context, agentId, customer);
    product = fixtures.product("Api Product " + suffix, "120");
  }

  @Test
  void aDraftIsCreatedPostedAndPaidThroughTheApi() {
    ApiResponse created =
        manager.post(
            "/api/v1/invoices",
            Map.of(
                "customerId",
                customer,
                "reference",
                "PO-" + suffix,
                "lines",
                List.of(
                    Map.of("productId", product, "quantity", "2"),
                    Map.of(
                        "description",
                        "Labour",
                        "quantity",
                        1.5,
                        "unitPrice",
                        Map.of("amount", "40", "currency", "USD"),
                        "discount",
                        "10",
                        "taxRate",
                        "0"))));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode draft = created.json();
    long id = draft.get("id").asLong();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/invoices/" + id);
    assertThat(draft.get("type").asString()).isEqualTo("INVOICE");
    assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
    assertThat(draft.get("paymentState").asString()).isEqualTo("NOT_PAID");
    assertThat(draft.has("number")).isFalse();
    assertThat(draft.get("customerId").asLong()).isEqualTo(customer);
    JsonNode first = draft.get("lines").get(0);
    assertThat(first.get("productId").asLong()).isEqualTo(product);
    assertThat(first.get("description").asString()).contains("Api Product " + suffix);
    assertThat(first.get("quantity").asString()).isEqualTo("2");
    assertThat(first.get("unitPrice").get("amount").asString()).isEqualTo("120.00");
    assertThat(first.get("taxRate").asString()).isEqualTo("10");
    assertThat(first.get("subtotal").get("amount").asString()).isEqualTo("240.00");
    assertThat(draft.get("lines").get(1).get("subtotal").get("amount").asString())
        .isEqualTo("54.00");
    assertThat(draft.get("untaxed").get("amount").asString()).isEqualTo("294.00");
    assertThat(draft.get("tax").get("amount").asString()).isEqualTo("24.00");
    assertThat(draft.get("total").get("amount").asString()).isEqualTo("318.00");
    assertThat(draft.get("total").get("currency").asString()).isEqualTo("USD");
    assertThat(draft.get("residual").get("amount").asString()).isEqualTo("318.00");

    ApiResponse patched =
        manager.patch(
            "/api/v1/invoices/" + id,
            Map.of("lines", List.of(Map.of("productId", product, "quantity", "1"))));
    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    assertThat(patched.json().get("lines")).hasSize(1);
    assertThat(patched.json().get("total").get("amount").asString()).isEqualTo("132.00");
    assertThat(patched.json().get("reference").asString()).isEqualTo("PO-" + suffix);

    ApiResponse posted = manager.post("/api/v1/invoices/" + id + "/post", Map.of());
    assertThat(posted.status()).as(posted.body()).isEqualTo(200);
    String number = posted.json().get("number").asString();
    assertThat(number).matches("INV/\\d{4}/\\d{5}");
    assertThat(posted.json().get("state").asString()).isEqualTo("POSTED");

    ApiResponse refusedPatch =
        manager.patch("/api/v1/invoices/" + id, Map.of("reference", "changed"));
    assertThat(refusedPatch.status()).isEqualTo(409);
    assertThat(refusedPatch.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

    long bank = findJournal(manager.get("/api/v1/journals").json(), "BNK1").get("id").asLong();
    ApiResponse payment =
        manager.post(
            "/api/v1/invoices/" + id + "/payments",
            Map.of("amount", "32.00", "journalId", bank, "date", "2026-02-01"));
    assertThat(payment.status()).as(payment.body()).isEqualTo(201);
    assertThat(payment.json().get("amount").get("amount").asString()).isEqualTo("32.00");
    assertThat(payment.json().get("invoiceNumber").asString()).isEqualTo(number);
    JsonNode partly = agent.get("/api/v1/invoices/" + id).json();
    assertThat(partly.get("paymentState").asString()).isEqualTo("PARTIAL");
    assertThat(partly.get("residual").get("amount").asString()).isEqualTo("100.00");

    ApiResponse tooMuch =
        manager.post("/api/v1/invoices/" + id + "/payments", Map.of("amount", "100.01"));
    assertThat(tooMuch.status()).isEqualTo(409);
    ApiResponse rest = manager.post("/api/v1/invoices/" + id + "/payments", Map.of());
    assertThat(rest.status()).as(rest.body()).isEqualTo(201);
    assertThat(agent.get("/api/v1/invoices/" + id).json().get("paymentState").asString())
        .isEqualTo("PAID");

    JsonNode list = agent.get("/api/v1/invoices?customerId=" + customer + "&state=POSTED").json();
    assertThat(list.get("total").asLong()).isEqualTo(1);
    assertThat(list.get("items").get(0).get("number").asString()).isEqualTo(number);
    assertThat(list.get("page").asInt()).isZero();
    assertThat(
            agent
                .get("/api/v1/invoices?customerId=" + customer + "&type=CREDIT_NOTE")
                .json()
                .get("total")
                .asLong())
        .isZero();

    ApiResponse cancel = manager.post("/api/v1/invoices/" + id + "/cancel", Map.of());
    assertThat(cancel.status()).isEqualTo(409);
    assertThat(cancel.json().get("detail").asString()).contains("unmatch first");
  }

  @Test
  void aCreditNoteIsCreatedThroughTheApiAndReversesTheInvoice() {
    InvoiceView invoice =
        fixtures.postedInvoiceFor(customer, InvoiceFixtures.line("3", "10", "10"));
    long lineId = invoice.lines().get(0).id();
    ApiResponse created =
        manager.post(
            "/api/v1/invoices",
            Map.of(
                "type",
                "CREDIT_NOTE",
                "reversedInvoiceId",
                invoice.id(),
                "lines",
                List.of(Map.of("creditedLineId", lineId, "quantity", "3"))));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode note = created.json();
    assertThat(note.get("type").asString()).isEqualTo("CREDIT_NOTE");
    assertThat(note.get("reversedInvoiceId").asLong()).isEqualTo(invoice.id());
    assertThat(note.get("lines").get(0).get("creditedLineId").asLong()).isEqualTo(lineId);
    assertThat(note.get("reference").asString()).isEqualTo("Reversal of: " + invoice.number());

    ApiResponse tooMuch =
        manager.post(
            "/api/v1/invoices",
            Map.of(
                "type",
                "CREDIT_NOTE",
                "reversedInvoiceId",
                invoice.id(),
                "lines",
                List.of(Map.of("creditedLineId", lineId, "quantity", "1"))));
    assertThat(tooMuch.status()).isEqualTo(409);
    assertThat(tooMuch.json().get("detail").asString())
        .isEqualTo("Refund exceeds what is left to credit on " + invoice.number() + " (0 left).");

    long noteId = note.get("id").asLong();
    JsonNode posted = manager.post("/api/v1/invoices/" + noteId + "/post", Map.of()).json();
    assertThat(posted.get("number").asString()).startsWith("RINV/");
    assertThat(agent.get("/api/v1/invoices/" + invoice.id()).json().get("paymentState").asString())
        .isEqualTo("REVERSED");
  }

  @Test
  void aCreditNoteOfADraftInvoiceIsRefusedWithOdoosMessage() {
    long draft = fixtures.draftFor(customer, InvoiceFixtures.line("1", "10", "0"));
    ApiResponse refused =
        manager.post(
            "/api/v1/invoices",
            Map.of(
                "type",
                "CREDIT_NOTE",
                "reversedInvoiceId",
                draft,
                "lines",
                List.of(Map.of("creditedLineId", 1, "quantity", "1"))));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("detail").asString())
        .isEqualTo("You can only reverse posted moves.");
  }

  @Test
  void badLinesAre422WithTheirFields() {
    ApiResponse refused =
        manager.post(
            "/api/v1/invoices",
            Map.of(
                "customerId",
                customer,
                "lines",
                List.of(Map.of("description", "x", "quantity", "0", "unitPrice", "abc"))));
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.body()).contains("lines[0].unitPrice");
    ApiResponse noCustomer = manager.post("/api/v1/invoices", Map.of("lines", List.of()));
    assertThat(noCustomer.status()).isEqualTo(422);
    assertThat(noCustomer.body()).contains("customerId");
  }

  @Test
  void aLineWithMoreDecimalsThanTheColumnsKeepIsA422OnItsFieldAndWritesNothing() {
    String reference = "PO5-" + suffix;
    ApiResponse refused =
        manager.post(
            "/api/v1/invoices",
            Map.of(
                "customerId",
                customer,
                "reference",
                reference,
                "lines",
                List.of(
                    Map.of("productId", product, "quantity", "1"),
                    Map.of("productId", product, "quantity", 1.23456))));
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode errors = refused.json().get("errors");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("field").asString()).isEqualTo("lines[1].quantity");
    assertThat(errors.get(0).get("message").asString()).contains("4");
    JsonNode drafts = manager.get("/api/v1/invoices?customerId=" + customer).json();
    assertThat(drafts.get("items")).noneMatch(i -> reference.equals(i.get("reference").asString()));
  }

  @Test
  void thePdfIsServedWithTheNumberInItsFileName() {
    InvoiceView invoice = fixtures.postedInvoiceFor(customer, InvoiceFixtures.line("1", "10", "0"));
    ApiResponse pdf = agent.get("/api/v1/invoices/" + invoice.id() + "/pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            d -> assertThat(d).contains(invoice.number().replace('/', '-') + ".pdf"));
    assertThat(pdf.body()).startsWith("%PDF");
  }

  @Test
  void agentsReadButCannotChange() {
    long draft = fixtures.draftFor(customer, InvoiceFixtures.line("1", "10", "0"));
    assertThat(agent.get("/api/v1/invoices/" + draft).status()).isEqualTo(200);
    assertThat(agent.get("/api/v1/journals").json().get("items")).hasSizeGreaterThanOrEqualTo(4);
    assertThat(agent.post("/api/v1/invoices/" + draft + "/post", Map.of()).status()).isEqualTo(403);
    assertThat(agent.post("/api/v1/invoices", Map.of("customerId", customer)).status())
        .isEqualTo(403);
    assertThat(agent.patch("/api/v1/invoices/" + draft, Map.of("reference", "x")).status())
        .isEqualTo(403);
    assertThat(agent.post("/api/v1/invoices/" + draft + "/cancel", Map.of()).status())
        .isEqualTo(403);
    assertThat(agent.get("/api/v1/invoices/99999999").status()).isEqualTo(404);
  }

  @Test
  void theJournalsOfTheSpecAreSeeded() {
    JsonNode journals = agent.get("/api/v1/journals").json();
    assertThat(findJournal(journals, "INV").get("type").asString()).isEqualTo("SALE");
    assertThat(findJournal(journals, "INV").get("name").asString()).isEqualTo("Customer Invoices");
    assertThat(findJournal(journals, "BNK1").get("type").asString()).isEqualTo("BANK");
    assertThat(findJournal(journals, "CSH1").get("type").asString()).isEqualTo("CASH");
    assertThat(findJournal(journals, "MISC").get("type").asString()).isEqualTo("GENERAL");
  }

  private static JsonNode findJournal(JsonNode page, String code) {
    for (JsonNode journal : page.get("items")) {
      if (code.equals(journal.get("code").asString())) {
        return journal;
      }
    }
    throw new AssertionError("No journal " + code);
  }
}

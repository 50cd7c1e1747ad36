package io.afterdesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.catalog.Tracking;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.helpdesk.AfterSalesSwitches;
import io.afterdesk.helpdesk.TeamDraft;
import io.afterdesk.helpdesk.TeamView;
import io.afterdesk.helpdesk.Teams;
import io.afterdesk.helpdesk.Tickets;
import io.afterdesk.identity.Role;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.invoicing.CreditNoteSchedule;
import io.afterdesk.invoicing.InvoiceId;
import io.afterdesk.invoicing.InvoiceRow;
import io.afterdesk.invoicing.InvoiceState;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.invoicing.PaymentRequest;
import io.afterdesk.invoicing.PaymentState;
import io.afterdesk.mail.Message;
import io.afterdesk.mail.Threads;
import io.afterdesk.support.ApiClient;
import io.afterdesk.support.ApiClient.ApiResponse;
import io.afterdesk.support.IntegrationTest;
import io.afterdesk.support.StaffSession;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Refunds end to end on PostgreSQL: both buttons, partial refunds by editing the draft, the caps (a
 * third refund refused, 16 threads racing), a future-dated reversal posted by the job, the
 * idempotency key, and what the ticket shows (smart button, notes, after-sales cost).
 */
class RefundFlowIntegrationTests extends IntegrationTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired Invoices invoices;
  @Autowired Threads threads;
  @Autowired CreditNoteSchedule scheduled;
  @Autowired Teams teams;
  @Autowired JdbcClient jdbc;

  RefundFixtures fixtures;
  UserSummary agent;
  UserSummary manager;
  TeamView team;
  ApiClient api;
  long company;
  long product;

  @BeforeEach
  void data() {
    fixtures = new RefundFixtures(context, port);
    agent = fixtures.user("flow", Role.AGENT);
    manager = fixtures.user("boss", Role.MANAGER);
    team = fixtures.team("Flow", true, agent);
    api = fixtures.api(agent);
    company = fixtures.company("Flow Co");
    product = fixtures.product("Toaster", Tracking.NONE, "10.00");
  }

  @Test
  void aPartialRefundByEditingThenTheRestThenAThirdIsRefused() {
    InvoiceView invoice = fixtures.postedInvoice(company, product, "3");
    long ticket = fixtures.ticket(agent, team, company, null, null, null);
    String url = "/api/v1/tickets/" + ticket + "/refund";

    ApiResponse first = api.post(url, RefundFixtures.refundBody(List.of(invoice.id()), "REVERSE"));
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    long note = first.json().get("creditNoteIds").get(0).asLong();
    assertThat(first.json().get("newInvoiceIds")).isEmpty();
    InvoiceView draft = invoices.get(note);
    assertThat(draft.state()).isEqualTo(InvoiceState.DRAFT);
    assertThat(draft.lines()).hasSize(1);
    assertThat(draft.lines().get(0).quantity()).isEqualByComparingTo("3");
    assertThat(draft.reference())
        .startsWith("Reversal of: " + invoice.number() + ", Helpdesk Ticket #");

    long lineId = invoice.lines().get(0).id();
    ApiClient boss = fixtures.api(manager);
    ApiResponse edited =
        boss.patch(
            "/api/v1/invoices/" + note,
            Map.of("lines", List.of(Map.of("creditedLineId", lineId, "quantity", "1"))));
    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    ApiResponse raised =
        boss.patch(
            "/api/v1/invoices/" + note,
            Map.of("lines", List.of(Map.of("creditedLineId", lineId, "quantity", "4"))));
    assertThat(raised.status()).isEqualTo(409);
    assertThat(raised.json().get("detail").asString())
        .startsWith("Refund exceeds what is left to credit on " + invoice.number());
    assertThat(boss.post("/api/v1/invoices/" + note + "/post", Map.of()).status()).isEqualTo(200);

    ApiResponse second = api.post(url, RefundFixtures.refundBody(List.of(invoice.id()), "REVERSE"));
    assertThat(second.status()).as(second.body()).isEqualTo(201);
    long rest = second.json().get("creditNoteIds").get(0).asLong();
    assertThat(invoices.get(rest).lines().get(0).quantity()).isEqualByComparingTo("2");
    assertThat(boss.post("/api/v1/invoices/" + rest + "/post", Map.of()).status()).isEqualTo(200);

    ApiResponse third = api.post(url, RefundFixtures.refundBody(List.of(invoice.id()), "REVERSE"));
    assertThat(third.status()).isEqualTo(409);
    assertThat(third.json().get("detail").asString())
        .startsWith("Refund exceeds what is left to credit on " + invoice.number());
    assertThat(invoices.creditNotesOf(invoice.id())).hasSize(2);

    JsonNode ticketJson = api.get("/api/v1/tickets/" + ticket).json();
    assertThat(ticketJson.get("smartButtons").get("creditNotes").asLong()).isEqualTo(2);
    assertThat(new BigDecimal(ticketJson.get("afterSalesCost").get("amount").asString()))
        .isEqualByComparingTo(invoice.total().amount());
    JsonNode list = api.get("/api/v1/tickets/" + ticket + "/credit-notes").json();
    assertThat(list.get("total").asLong()).isEqualTo(2);
    assertThat(list.get("items").get(0).get("reasonCode").asString()).isEqualTo("DEFECTIVE");

    List<String> ticketNotes = bodies(Tickets.ref(ticket));
    assertThat(ticketNotes).filteredOn("Refund created"::equals).hasSize(2);
    awaitNote(Tickets.ref(ticket), "Refund posted", 2);
    assertThat(bodies(new DocumentRef(Invoices.DOCUMENT_TYPE, note)))
        .contains("Created from ticket");
  }

  @Test
  void reverseAndCreateInvoicePostsTheCreditNoteAndDraftsACopy() {
    InvoiceView invoice = fixtures.postedInvoice(company, product, "2");
    invoices.registerPayment(
        invoice.id(), new PaymentRequest(null, new BigDecimal("5.00"), LocalDate.now()));
    long ticket = fixtures.ticket(agent, team, company, null, null, null);
    JsonNode choices = api.get("/api/v1/tickets/" + ticket + "/refund").json();
    assertThat(choices.get("paymentsWarning").asBoolean()).isTrue();

    ApiResponse done =
        api.post(
            "/api/v1/tickets/" + ticket + "/refund",
            RefundFixtures.refundBody(List.of(invoice.id()), "REVERSE_AND_CREATE_INVOICE"));
    assertThat(done.status()).as(done.body()).isEqualTo(201);
    InvoiceView note = invoices.get(done.json().get("creditNoteIds").get(0).asLong());
    InvoiceView copy = invoices.get(done.json().get("newInvoiceIds").get(0).asLong());
    assertThat(note.state()).isEqualTo(InvoiceState.POSTED);
    assertThat(note.total()).isEqualTo(invoice.total());
    assertThat(copy.state()).isEqualTo(InvoiceState.DRAFT);
    assertThat(copy.lines()).hasSize(1);
    assertThat(copy.lines().get(0).quantity()).isEqualByComparingTo("2");
    assertThat(copy.total()).isEqualTo(invoice.total());
    InvoiceView reversed = invoices.get(invoice.id());
    assertThat(reversed.residual().isZero()).isTrue();
    assertThat(note.residual().amount()).isEqualByComparingTo("5.00");
    assertThat(reversed.paymentState()).isNotEqualTo(PaymentState.NOT_PAID);
    assertThat(
            api.get("/api/v1/tickets/" + ticket)
                .json()
                .get("smartButtons")
                .get("creditNotes")
                .asLong())
        .isEqualTo(1);
  }

  @Test
  void aFutureDatedReversalStaysDraftUntilTheJobPostsItOnItsDay() {
    InvoiceView invoice = fixtures.postedInvoice(company, product, "1");
    long ticket = fixtures.ticket(agent, team, company, null, null, null);
    LocalDate later = LocalDate.now().plusDays(3);
    Map<String, Object> body =
        new LinkedHashMap<>(
            RefundFixtures.refundBody(List.of(invoice.id()), "REVERSE_AND_CREATE_INVOICE"));
    body.put("reversalDate", later.toString());
    ApiResponse done = api.post("/api/v1/tickets/" + ticket + "/refund", body);
    assertThat(done.status()).as(done.body()).isEqualTo(201);
    long note = done.json().get("creditNoteIds").get(0).asLong();
    assertThat(invoices.get(note).state()).isEqualTo(InvoiceState.DRAFT);
    assertThat(scheduled.scheduledDateOf(InvoiceId.of(note))).contains(later);

    scheduled.postDue(LocalDate.now());
    assertThat(invoices.get(note).state()).isEqualTo(InvoiceState.DRAFT);
    scheduled.postDue(later);
    assertThat(invoices.get(note).state()).isEqualTo(InvoiceState.POSTED);
    assertThat(scheduled.scheduledDateOf(InvoiceId.of(note))).isEmpty();
    String number = invoices.get(note).number();
    scheduled.postDue(later.plusDays(1));
    assertThat(invoices.get(note).number()).isEqualTo(number);
  }

  @Test
  void sixteenThreadsRacingToRefundTheSameInvoiceCreditItOnce() throws Exception {
    InvoiceView invoice = fixtures.postedInvoice(company, product, "5");
    long ticket = fixtures.ticket(agent, team, company, null, null, null);
    int threads = 16;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results =
          java.util.stream.IntStream.range(0, threads)
              .mapToObj(
                  i ->
                      pool.submit(
                          () -> {
                            start.await();
                            return fixtures
                                .api(agent)
                                .post(
                                    "/api/v1/tickets/" + ticket + "/refund",
                                    RefundFixtures.refundBody(
                                        List.of(invoice.id()), "REVERSE_AND_CREATE_INVOICE"))
                                .status();
                          }))
              .toList();
      start.countDown();
      List<Integer> statuses = new java.util.ArrayList<>();
      for (Future<Integer> result : results) {
        statuses.add(result.get());
      }
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
      assertThat(statuses).filteredOn(s -> s == 409).hasSize(threads - 1);
    } finally {
      pool.shutdownNow();
    }
    List<InvoiceRow> notes = invoices.creditNotesOf(invoice.id());
    assertThat(notes).hasSize(1);
    BigDecimal credited =
        notes.stream()
            .filter(n -> n.state() != InvoiceState.CANCELLED)
            .map(n -> n.total().amount())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(credited).isEqualByComparingTo(invoice.total().amount());
  }

  @Test
  void theSameKeyTwiceMakesOneCreditNoteFromTheApiAndFromTheDialog() {
    InvoiceView invoice = fixtures.postedInvoice(company, product, "2");
    long ticket = fixtures.ticket(agent, team, company, null, null, null);
    Map<String, Object> body = RefundFixtures.refundBody(List.of(invoice.id()), "REVERSE");
    String key = "refund-" + fixtures.suffix;
    ApiResponse first = api.post("/api/v1/tickets/" + ticket + "/refund", body, key);
    ApiResponse again = api.post("/api/v1/tickets/" + ticket + "/refund", body, key);
    assertThat(first.status()).isEqualTo(201);
    assertThat(again.json().get("creditNoteIds")).isEqualTo(first.json().get("creditNoteIds"));
    assertThat(invoices.creditNotesOf(invoice.id())).hasSize(1);

    InvoiceView other = fixtures.postedInvoice(company, product, "1");
    StaffSession session = StaffSession.signIn(port, agent.login(), RefundFixtures.PASSWORD);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("invoiceIds", String.valueOf(other.id()));
    form.put("reason", "Broken");
    form.put("reasonCode", "DEFECTIVE");
    form.put("mode", "REVERSE");
    form.put("reversalDate", LocalDate.now().toString());
    form.put("idempotencyKey", "dialog-" + fixtures.suffix);
    String dialog = session.get("/aftersales/tickets/" + ticket + "/refund").body();
    assertThat(dialog).contains("id=\"refund-reverse\"").contains("name=\"idempotencyKey\"");
    var once = session.post("/aftersales/tickets/" + ticket + "/refund", form);
    assertThat(once.statusCode()).as(once.body()).isEqualTo(302);
    var twice = session.post("/aftersales/tickets/" + ticket + "/refund", form);
    assertThat(twice.statusCode()).as(twice.body()).isEqualTo(302);
    assertThat(invoices.creditNotesOf(other.id())).hasSize(1);
    assertThat(invoices.get(invoices.creditNotesOf(other.id()).get(0).id()).reference())
        .isEqualTo("Reversal of: " + other.number() + ", Broken");
  }

  @Test
  void withTheRefundsSwitchOffTheTicketGetsNoStatusNoteButKeepsItsLink() {
    InvoiceView invoice = fixtures.postedInvoice(company, product, "1");
    long ticket = fixtures.ticket(agent, team, company, null, null, null);
    ApiResponse refund =
        api.post(
            "/api/v1/tickets/" + ticket + "/refund",
            RefundFixtures.refundBody(List.of(invoice.id()), "REVERSE"));
    assertThat(refund.status()).as(refund.body()).isEqualTo(201);
    long note = refund.json().get("creditNoteIds").get(0).asLong();

    teams.update(
        team.id(),
        new TeamDraft(team.name(), team.memberIds(), AfterSalesSwitches.none(), null, null));
    invoices.post(note);
    awaitListenersDoneWith(note);

    assertThat(bodies(Tickets.ref(ticket)))
        .contains("Refund created")
        .doesNotContain("Refund posted");
    JsonNode ticketJson = api.get("/api/v1/tickets/" + ticket).json();
    assertThat(ticketJson.get("smartButtons").get("creditNotes").asLong()).isEqualTo(1);
  }

  /** Waits until the event publication registry has delivered InvoicePosted of this document. */
  private void awaitListenersDoneWith(long invoiceId) {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    Supplier<Long> completed =
        () ->
            jdbc.sql(
                    "select count(*) from event_publication where completion_date is not null"
                        + " and event_type like '%InvoicePosted' and serialized_event like :id")
                .param("id", "%\"invoiceId\":" + invoiceId + ",%")
                .query(Long.class)
                .single();
    while (completed.get() == 0 && System.nanoTime() < until) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    assertThat(completed.get()).as("InvoicePosted delivered to the listeners").isPositive();
  }

  private List<String> bodies(DocumentRef document) {
    return threads.messagesOf(document).stream().map(Message::body).toList();
  }

  private void awaitNote(DocumentRef document, String body, int count) {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    Supplier<Long> found = () -> bodies(document).stream().filter(body::equals).count();
    while (found.get() < count && System.nanoTime() < until) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    assertThat(found.get()).isEqualTo(count);
  }
}

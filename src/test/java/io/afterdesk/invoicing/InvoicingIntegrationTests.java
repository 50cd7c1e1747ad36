package io.afterdesk.invoicing;

import static io.afterdesk.invoicing.InvoiceFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.Money;
import io.afterdesk.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Posting, numbering, payments, credit notes and events on PostgreSQL, through the facade. */
@RecordApplicationEvents
class InvoicingIntegrationTests extends IntegrationTest {

  @Autowired Invoices invoices;
  @Autowired Payments payments;
  @Autowired InvoiceFixtures fixtures;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationEvents events;

  private String suffix;
  private long customer;

  @BeforeEach
  void data() {
    suffix = InvoiceFixtures.suffix();
    customer = fixtures.customer("Invoice Customer " + suffix);
  }

  @Test
  void twentyDraftsPostedByConcurrentThreadsGetConsecutiveNumbersWithoutGaps() throws Exception {
    long journal = fixtures.saleJournal("T" + suffix);
    List<Long> drafts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      drafts.add(
          invoices.createDraft(
              new InvoiceDraft(
                  customer,
                  null,
                  null,
                  journal,
                  null,
                  null,
                  null,
                  List.of(line("1", "10", "10")))));
    }
    List<String> numbers = runAtOnce(drafts, id -> invoices.post(id).number());

    int year = LocalDate.now().getYear();
    List<String> expected = new ArrayList<>();
    for (int n = 1; n <= 20; n++) {
      expected.add("T" + suffix + "/" + year + "/" + String.format("%05d", n));
    }
    assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
    for (long id : drafts) {
      assertThat(invoices.get(id).state()).isEqualTo(InvoiceState.POSTED);
    }
  }

  @Test
  void theCustomerInvoicesJournalNumbersAreConsecutiveToo() throws Exception {
    List<Long> drafts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      drafts.add(fixtures.draftFor(customer, line("2", "5", "0")));
    }
    List<Integer> sequence =
        runAtOnce(drafts, id -> invoices.post(id).number()).stream()
            .peek(n -> assertThat(n).startsWith("INV/" + Year.now() + "/"))
            .map(n -> Integer.parseInt(n.substring(n.lastIndexOf('/') + 1)))
            .sorted()
            .toList();
    for (int i = 1; i < sequence.size(); i++) {
      assertThat(sequence.get(i)).isEqualTo(sequence.get(0) + i);
    }
  }

  @Test
  void aRolledBackPostingGivesItsNumberBack() {
    long journal = fixtures.saleJournal("R" + suffix);
    long first = draftIn(journal);
    long second = draftIn(journal);
    String rolledBack =
        transactions.execute(
            status -> {
              String number = invoices.post(first).number();
              status.setRollbackOnly();
              return number;
            });
    assertThat(invoices.get(first).state()).isEqualTo(InvoiceState.DRAFT);
    assertThat(invoices.get(first).number()).isNull();
    assertThat(invoices.post(second).number()).isEqualTo(rolledBack);
    assertThat(rolledBack).endsWith("/00001");
  }

  @Test
  void twoFullPaymentsAtOnceOnlyOneSucceedsAndTheResidualNeverGoesBelowZero() throws Exception {
    InvoiceView invoice = fixtures.postedInvoiceFor(customer, line("1", "100", "10"));
    assertThat(invoice.residual()).isEqualTo(Money.of("110", "USD"));
    List<Long> twice = List.of(invoice.id(), invoice.id());
    List<Object> outcomes =
        runAtOnce(
            twice,
            id -> {
              try {
                return invoices.registerPayment(
                    id, new PaymentRequest(null, new BigDecimal("110.00"), null));
              } catch (BusinessRuleException e) {
                return e.messageKey();
              }
            });
    assertThat(outcomes).filteredOn(o -> o instanceof Long).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o instanceof String).hasSize(1);
    InvoiceView after = invoices.get(invoice.id());
    assertThat(after.residual()).isEqualTo(Money.of("0", "USD"));
    assertThat(after.paid()).isEqualTo(Money.of("110", "USD"));
    assertThat(after.paymentState()).isEqualTo(PaymentState.PAID);
  }

  @Test
  void aPartialPaymentThenTheRestMakesItPaidAndPublishesInvoicePaid() {
    InvoiceView invoice = fixtures.postedInvoiceFor(customer, line("2", "50", "10"));
    assertThat(invoice.total()).isEqualTo(Money.of("110", "USD"));
    assertThat(invoice.paymentState()).isEqualTo(PaymentState.NOT_PAID);

    invoices.registerPayment(invoice.id(), new PaymentRequest(null, new BigDecimal("40"), null));
    InvoiceView partly = invoices.get(invoice.id());
    assertThat(partly.paymentState()).isEqualTo(PaymentState.PARTIAL);
    assertThat(partly.residual()).isEqualTo(Money.of("70", "USD"));
    assertThat(paidEvents(invoice.id())).isEmpty();

    long rest = invoices.registerPayment(invoice.id(), new PaymentRequest(null, null, null));
    InvoiceView paid = invoices.get(invoice.id());
    assertThat(paid.paymentState()).isEqualTo(PaymentState.PAID);
    assertThat(paid.residual().isZero()).isTrue();
    assertThat(
            payments
                .page(null, invoice.id(), io.afterdesk.common.web.PageQuery.of(0, 10, null, null))
                .items())
        .extracting(p -> p.amount())
        .containsExactlyInAnyOrder(Money.of("40", "USD"), Money.of("70", "USD"));
    assertThat(paidEvents(invoice.id()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.paymentId()).isEqualTo(rest);
              assertThat(e.paymentState()).isEqualTo(PaymentState.PAID);
              assertThat(e.number()).isEqualTo(paid.number());
            });

    assertThatThrownBy(
            () ->
                invoices.registerPayment(
                    invoice.id(), new PaymentRequest(null, new BigDecimal("1"), null)))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("invoicing.payment.nothing-due");
  }

  @Test
  void theFacadeRefusesLineValuesTheColumnsCannotKeepWhoeverCallsIt() {
    long draft = fixtures.draftFor(customer, line("1", "10", "0"));
    assertThatThrownBy(
            () ->
                invoices.updateDraftLines(
                    draft, List.of(line("1", "10.00001", "0"), line("1.23456", "10", "0")), null))
        .isInstanceOfSatisfying(
            FieldValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldValidationException.FieldError::field)
                    .containsExactly("lines[0].unitPrice", "lines[1].quantity"));
    assertThat(invoices.get(draft).lines())
        .singleElement()
        .satisfies(l -> assertThat(l.unitPrice().amount()).isEqualByComparingTo("10"));
  }

  @Test
  void aPaymentAboveTheResidualIsRefusedAndNothingIsWritten() {
    InvoiceView invoice = fixtures.postedInvoiceFor(customer, line("1", "10", "0"));
    assertThatThrownBy(
            () ->
                invoices.registerPayment(
                    invoice.id(), new PaymentRequest(null, new BigDecimal("10.01"), null)))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("invoicing.payment.exceeds-residual");
    assertThat(invoices.get(invoice.id()).paid().isZero()).isTrue();
    long draft = fixtures.draftFor(customer, line("1", "10", "0"));
    assertThatThrownBy(() -> invoices.registerPayment(draft, new PaymentRequest(null, null, null)))
        .hasMessageContaining("invoicing.payment.not-posted");
  }

  @Test
  void aPostedCreditNoteOfAnUnpaidInvoiceMakesItReversed() {
    InvoiceView invoice =
        fixtures.postedInvoiceFor(customer, line("2", "100", "10"), line("1", "30", "0"));
    long noteId =
        invoices.createCreditNote(
            new CreditNoteDraft(
                invoice.id(),
                null,
                null,
                null,
                new DocumentRef("helpdesk.ticket", 99),
                invoice.lines().stream()
                    .map(l -> new CreditLineInput(l.id(), l.quantity(), null))
                    .toList()));
    InvoiceView draftNote = invoices.get(noteId);
    assertThat(draftNote.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
    assertThat(draftNote.reference()).isEqualTo("Reversal of: " + invoice.number());
    assertThat(draftNote.total()).isEqualTo(invoice.total());

    InvoiceView note = invoices.post(noteId);
    assertThat(note.number()).startsWith("RINV/" + invoice.invoiceDate().getYear() + "/");
    assertThat(note.paymentState()).isEqualTo(PaymentState.PAID);
    assertThat(note.residual().isZero()).isTrue();
    InvoiceView reversed = invoices.get(invoice.id());
    assertThat(reversed.paymentState()).isEqualTo(PaymentState.REVERSED);
    assertThat(reversed.residual().isZero()).isTrue();
    assertThat(invoices.creditedQuantities(invoice.id()))
        .containsEntry(invoice.lines().get(0).id(), new BigDecimal("2.0000"))
        .containsEntry(invoice.lines().get(1).id(), new BigDecimal("1.0000"));
    assertThat(invoices.creditNotesOf(invoice.id()))
        .extracting(InvoiceRow::id)
        .containsExactly(noteId);
    assertThat(events.stream(InvoicePosted.class).filter(e -> e.invoiceId() == noteId))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
              assertThat(e.reversedInvoiceId()).isEqualTo(invoice.id());
              assertThat(e.originRef()).isEqualTo(new DocumentRef("helpdesk.ticket", 99));
              assertThat(e.total()).isEqualTo(invoice.total());
            });
  }

  @Test
  void aCreditNoteOfAPaidInvoiceStaysOpenAsTheCustomersCredit() {
    InvoiceView invoice = fixtures.postedInvoiceFor(customer, line("1", "100", "0"));
    invoices.registerPayment(invoice.id(), new PaymentRequest(null, new BigDecimal("60"), null));
    long noteId =
        invoices.createCreditNote(
            new CreditNoteDraft(
                invoice.id(),
                null,
                "Broken",
                null,
                null,
                List.of(new CreditLineInput(invoice.lines().get(0).id(), BigDecimal.ONE, null))));
    InvoiceView note = invoices.post(noteId);
    assertThat(note.credited()).isEqualTo(Money.of("40", "USD"));
    assertThat(note.residual()).as("outstanding credit").isEqualTo(Money.of("60", "USD"));
    assertThat(note.paymentState()).isEqualTo(PaymentState.PARTIAL);
    InvoiceView paid = invoices.get(invoice.id());
    assertThat(paid.paymentState()).isEqualTo(PaymentState.PAID);
    assertThat(paid.residual().isZero()).isTrue();
  }

  @Test
  void cancellingAPostedCreditNoteOpensTheInvoiceAgain() {
    InvoiceView invoice = fixtures.postedInvoiceFor(customer, line("2", "50", "0"));
    long noteId =
        invoices.createCreditNote(
            new CreditNoteDraft(
                invoice.id(),
                null,
                null,
                null,
                null,
                List.of(new CreditLineInput(invoice.lines().get(0).id(), BigDecimal.ONE, null))));
    invoices.post(noteId);
    assertThat(invoices.get(invoice.id()).residual()).isEqualTo(Money.of("50", "USD"));
    InvoiceView cancelled = invoices.cancel(noteId);
    assertThat(cancelled.number()).startsWith("RINV/");
    InvoiceView open = invoices.get(invoice.id());
    assertThat(open.residual()).isEqualTo(Money.of("100", "USD"));
    assertThat(open.paymentState()).isEqualTo(PaymentState.NOT_PAID);
    assertThat(invoices.creditedQuantities(invoice.id())).isEmpty();
  }

  @Test
  void aDraftCreditNoteCannotBePostedOnceItsInvoiceIsCancelled() {
    InvoiceView invoice = fixtures.postedInvoiceFor(customer, line("1", "10", "0"));
    long noteId =
        invoices.createCreditNote(
            new CreditNoteDraft(
                invoice.id(),
                null,
                null,
                null,
                null,
                List.of(new CreditLineInput(invoice.lines().get(0).id(), BigDecimal.ONE, null))));
    invoices.cancel(invoice.id());
    assertThatThrownBy(() -> invoices.post(noteId))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("invoicing.credit-note.reverse-posted-only");
    assertThat(invoices.get(noteId).number()).isNull();
  }

  @Test
  void aCreditNoteOfADraftInvoiceIsRefused() {
    long draft = fixtures.draftFor(customer, line("1", "10", "0"));
    long lineId = invoices.get(draft).lines().get(0).id();
    assertThatThrownBy(
            () ->
                invoices.createCreditNote(
                    new CreditNoteDraft(
                        draft,
                        null,
                        null,
                        null,
                        null,
                        List.of(new CreditLineInput(lineId, BigDecimal.ONE, null)))))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("invoicing.credit-note.reverse-posted-only");
  }

  @Test
  void creditNotesNeverCreditMoreThanWasInvoicedOnALine() {
    InvoiceView invoice = fixtures.postedInvoiceFor(customer, line("3", "10", "0"));
    long lineId = invoice.lines().get(0).id();
    long first =
        invoices.createCreditNote(
            new CreditNoteDraft(
                invoice.id(),
                null,
                null,
                null,
                null,
                List.of(new CreditLineInput(lineId, new BigDecimal("2"), null))));
    assertThatThrownBy(
            () ->
                invoices.createCreditNote(
                    new CreditNoteDraft(
                        invoice.id(),
                        null,
                        null,
                        null,
                        null,
                        List.of(new CreditLineInput(lineId, new BigDecimal("2"), null)))))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("invoicing.credit-note.exceeds");
    invoices.cancel(first);
    long second =
        invoices.createCreditNote(
            new CreditNoteDraft(
                invoice.id(),
                null,
                null,
                null,
                null,
                List.of(new CreditLineInput(lineId, new BigDecimal("3"), null))));
    assertThat(invoices.creditedQuantities(invoice.id()))
        .containsEntry(lineId, new BigDecimal("3.0000"));
    assertThat(invoices.get(second).total()).isEqualTo(Money.of("30", "USD"));
  }

  @Test
  void postedDocumentsAreNeverEditedAndCancelledOnesKeepTheirNumber() {
    InvoiceView invoice = fixtures.postedInvoiceFor(customer, line("1", "10", "0"));
    assertThatThrownBy(
            () -> invoices.updateDraftLines(invoice.id(), List.of(line("5", "10", "0")), null))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("invoicing.invoice.not-draft");
    InvoiceView cancelled = invoices.cancel(invoice.id());
    assertThat(cancelled.state()).isEqualTo(InvoiceState.CANCELLED);
    assertThat(cancelled.number()).isEqualTo(invoice.number());
    assertThat(cancelled.lines())
        .as("line ids survive saving the aggregate (credit notes point at them)")
        .extracting(InvoiceLineView::id)
        .containsExactly(invoice.lines().get(0).id());
    assertThatThrownBy(() -> invoices.post(invoice.id()))
        .hasMessageContaining("invoicing.invoice.transition[CANCELLED, POSTED]");
    assertThat(events.stream(InvoiceCancelled.class).filter(e -> e.invoiceId() == invoice.id()))
        .singleElement()
        .satisfies(e -> assertThat(e.wasPosted()).isTrue());
  }

  @Test
  void aPostedInvoiceWithPaymentsCannotBeCancelled() {
    InvoiceView invoice = fixtures.postedInvoiceFor(customer, line("1", "10", "0"));
    invoices.registerPayment(invoice.id(), new PaymentRequest(null, new BigDecimal("5"), null));
    assertThatThrownBy(() -> invoices.cancel(invoice.id()))
        .hasMessageContaining("invoicing.invoice.cancel-matched");
    assertThat(invoices.get(invoice.id()).state()).isEqualTo(InvoiceState.POSTED);
  }

  @Test
  void salesSeesInvoicedQuantitiesPerOrderLineNetOfCreditNotes() {
    long order = System.nanoTime();
    long invoiceId =
        invoices.createDraft(
            new InvoiceDraft(
                customer,
                order,
                null,
                null,
                null,
                null,
                null,
                List.of(
                    new InvoiceLineInput(
                        null, "A", new BigDecimal("4"), BigDecimal.TEN, null, null, 1001L),
                    new InvoiceLineInput(
                        null, "B", new BigDecimal("1"), BigDecimal.TEN, null, null, 1002L))));
    assertThat(invoices.invoicedQuantities(order))
        .containsEntry(1001L, new BigDecimal("4.0000"))
        .containsEntry(1002L, new BigDecimal("1.0000"));
    InvoiceView posted = invoices.post(invoiceId);
    invoices.createCreditNote(
        new CreditNoteDraft(
            invoiceId,
            null,
            null,
            null,
            null,
            List.of(new CreditLineInput(posted.lines().get(0).id(), BigDecimal.ONE, null))));
    Map<Long, BigDecimal> net = invoices.invoicedQuantities(order);
    assertThat(net.get(1001L)).isEqualByComparingTo("3");
    assertThat(net.get(1002L)).isEqualByComparingTo("1");
    assertThat(invoices.ofSalesOrder(order)).hasSize(2);
    assertThat(events.stream(InvoicePosted.class).filter(e -> e.invoiceId() == invoiceId))
        .singleElement()
        .satisfies(e -> assertThat(e.salesOrderId()).isEqualTo(order));
  }

  @Test
  void thePdfCarriesTheNumberTheCustomerAndTheTotals() throws Exception {
    InvoiceView invoice = fixtures.postedInvoiceFor(customer, line("2", "12.50", "10"));
    byte[] pdf = invoices.pdf(invoice.id());
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    String text = PdfText.of(pdf);
    assertThat(text)
        .contains("Invoice " + invoice.number())
        .contains("Invoice Customer " + suffix)
        .contains("Hanoi")
        .contains("27.50 USD")
        .contains("Not paid");
    assertThat(PdfText.of(invoices.pdf(fixtures.draftFor(customer, line("1", "1", "0")))))
        .contains("Draft Invoice");
  }

  private long draftIn(long journal) {
    return invoices.createDraft(
        new InvoiceDraft(
            customer, null, null, journal, null, null, null, List.of(line("1", "1", "0"))));
  }

  private List<InvoicePaid> paidEvents(long invoiceId) {
    return events.stream(InvoicePaid.class).filter(e -> e.invoiceId() == invoiceId).toList();
  }

  /** Runs the action for every id on its own thread, all released at the same moment. */
  private static <T> List<T> runAtOnce(List<Long> ids, java.util.function.Function<Long, T> action)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(ids.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (long id : ids) {
        Callable<T> task =
            () -> {
              start.await();
              return action.apply(id);
            };
        futures.add(pool.submit(task));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}

package io.afterdesk.invoicing;

import static io.afterdesk.invoicing.InvoiceFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.afterdesk.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The set-based reads of many invoices answer what the one-document reads answer for each: the
 * refund dialog relies on them being the same documents and caps, only asked once.
 */
class InvoiceSummariesIntegrationTests extends IntegrationTest {

  @Autowired Invoices invoices;
  @Autowired InvoiceSummaries summaries;
  @Autowired InvoiceFixtures fixtures;

  private long customer;
  private long other;

  @BeforeEach
  void data() {
    String suffix = InvoiceFixtures.suffix();
    customer = fixtures.customer("Summaries Customer " + suffix);
    other = fixtures.customer("Summaries Other " + suffix);
  }

  @Test
  void thePostedInvoicesOfCustomersAreTheDocumentsFindAnswersLatestFirst() {
    InvoiceView paidAndCredited =
        fixtures.postedInvoiceFor(customer, line("3", "100", "10"), line("1", "20", "0"));
    invoices.registerPayment(
        paidAndCredited.id(), new PaymentRequest(null, new BigDecimal("50"), null));
    invoices.post(creditNote(paidAndCredited, BigDecimal.ONE));
    InvoiceView untouched = fixtures.postedInvoiceFor(customer, line("2", "15", "0"));
    fixtures.draftFor(customer, line("1", "5", "0"));
    InvoiceView ofOther = fixtures.postedInvoiceFor(other, line("1", "7", "0"));

    List<InvoiceView> posted = summaries.postedInvoicesOf(List.of(customer));

    assertThat(posted)
        .as("no draft, no credit note, no other customer's; same day: the later one first")
        .containsExactly(invoices.get(untouched.id()), invoices.get(paidAndCredited.id()));
    assertThat(summaries.postedInvoicesOf(List.of(customer, other)))
        .contains(invoices.get(ofOther.id()))
        .hasSize(3);
    assertThat(summaries.postedInvoicesOf(List.of())).isEmpty();
  }

  @Test
  void theCapsOfManyInvoicesAreEachInvoicesCaps() {
    InvoiceView credited =
        fixtures.postedInvoiceFor(customer, line("3", "100", "10"), line("2", "20", "0"));
    creditNote(credited, new BigDecimal("2"));
    InvoiceView untouched = fixtures.postedInvoiceFor(customer, line("1", "15", "0"));
    InvoiceId creditedId = InvoiceId.of(credited.id());
    InvoiceId untouchedId = InvoiceId.of(untouched.id());

    Map<InvoiceId, Creditable> caps =
        summaries.creditable(List.of(creditedId, untouchedId, InvoiceId.of(-1)));

    assertThat(caps)
        .as("an unknown invoice is absent")
        .containsOnlyKeys(creditedId, untouchedId)
        .containsEntry(creditedId, invoices.creditable(creditedId))
        .containsEntry(untouchedId, invoices.creditable(untouchedId));
    assertThat(caps.get(creditedId).quantityLeft(credited.lines().get(0).id()))
        .isEqualByComparingTo("1");
  }

  /** A draft credit note of {@code quantity} of the invoice's first line. */
  private long creditNote(InvoiceView invoice, BigDecimal quantity) {
    return invoices.createCreditNote(
        new CreditNoteDraft(
            invoice.id(),
            null,
            null,
            null,
            null,
            List.of(new CreditLineInput(invoice.lines().get(0).id(), quantity, null))));
  }
}

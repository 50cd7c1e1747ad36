package io.afterdesk.invoicing.domain;

import io.afterdesk.common.Money;
import io.afterdesk.invoicing.InvoiceKind;
import io.afterdesk.invoicing.InvoiceLineView;
import io.afterdesk.invoicing.InvoiceState;
import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.PaymentState;
import java.math.BigDecimal;
import java.util.Currency;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One document as readers see it: its lines, totals and settlement. */
@Component
public class InvoiceViews {

  private final Ledger ledger;
  private final Journals journals;
  private final JdbcClient jdbc;

  InvoiceViews(Ledger ledger, Journals journals, JdbcClient jdbc) {
    this.ledger = ledger;
    this.journals = journals;
    this.jdbc = jdbc;
  }

  public InvoiceView view(Invoice invoice) {
    Currency currency = invoice.currency();
    long id = invoice.id();
    BigDecimal paid = ledger.paidOn(id);
    BigDecimal credited =
        invoice.kind() == InvoiceKind.CREDIT_NOTE ? ledger.settledBy(id) : ledger.creditedOn(id);
    BigDecimal total = invoice.total().amount();
    BigDecimal residual = residual(invoice.state(), total, paid, credited);
    PaymentState paymentState =
        paymentState(invoice.kind(), invoice.state(), total, paid, credited);
    InvoiceHeader header = invoice.header();
    return new InvoiceView(
        id,
        invoice.version() == null ? 0 : invoice.version(),
        invoice.kind(),
        invoice.number(),
        invoice.state(),
        paymentState,
        header.journalId(),
        journals.get(header.journalId()).code(),
        header.customerId(),
        header.salesOrderId(),
        header.origin(),
        header.reference(),
        header.invoiceDate(),
        header.dueDate(),
        header.reversedInvoiceId(),
        numberOf(header.reversedInvoiceId()),
        invoice.lines().stream().map(l -> lineView(l, currency)).toList(),
        invoice.untaxed(),
        invoice.tax(),
        invoice.total(),
        new Money(paid, currency),
        new Money(credited, currency),
        new Money(residual, currency),
        invoice.postedAt(),
        header.localizedReference());
  }

  /** What is left to settle: nothing once cancelled, else the total less what is matched. */
  static BigDecimal residual(
      InvoiceState state, BigDecimal total, BigDecimal paid, BigDecimal credited) {
    return state == InvoiceState.CANCELLED
        ? BigDecimal.ZERO
        : total.subtract(paid).subtract(credited).max(BigDecimal.ZERO);
  }

  /** The payment state readers see: derived once posted, "not paid" before and after. */
  static PaymentState paymentState(
      InvoiceKind kind,
      InvoiceState state,
      BigDecimal total,
      BigDecimal paid,
      BigDecimal credited) {
    return state == InvoiceState.POSTED
        ? PaymentState.derive(kind, total, paid, credited)
        : PaymentState.NOT_PAID;
  }

  private @Nullable String numberOf(@Nullable Long invoiceId) {
    if (invoiceId == null) {
      return null;
    }
    return jdbc.sql("select number from invoice where id = :id")
        .param("id", invoiceId)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private static InvoiceLineView lineView(InvoiceLine l, Currency currency) {
    return new InvoiceLineView(
        l.id() == null ? 0 : l.id(),
        l.productId(),
        l.description(),
        l.quantity(),
        new Money(l.unitPrice(), currency),
        l.discount(),
        l.taxRate(),
        new Money(l.subtotal(), currency),
        new Money(l.tax(), currency),
        l.salesOrderLineId(),
        l.creditedLineId());
  }
}

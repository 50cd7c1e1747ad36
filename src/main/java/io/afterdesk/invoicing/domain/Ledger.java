package io.afterdesk.invoicing.domain;

import io.afterdesk.common.NotFoundException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Payments, matches, row locks and the quantity sums (the SQL side of the module's rules; every
 * write runs in the caller's transaction).
 */
@Component
public class Ledger {

  private final JdbcClient jdbc;

  Ledger(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Locks the document's row until the transaction ends: payments, credit notes and cancels of one
   * invoice run one after the other, so the residual they check stays true.
   */
  public void lock(long invoiceId) {
    jdbc.sql("select id from invoice where id = :id for update")
        .param("id", invoiceId)
        .query(Long.class)
        .optional()
        .orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
  }

  /**
   * What is left to settle on an invoice of {@code total}: less its payments and matched credit
   * notes, never below zero.
   */
  public BigDecimal residualOf(long invoiceId, BigDecimal total) {
    return total.subtract(paidOn(invoiceId)).subtract(creditedOn(invoiceId)).max(BigDecimal.ZERO);
  }

  /** Sum of the payments matched on a document. */
  public BigDecimal paidOn(long invoiceId) {
    return sum(
        "select coalesce(sum(amount), 0) from invoice_match where invoice_id = :id and payment_id is not null",
        invoiceId);
  }

  /** Sum of the credit notes matched on an invoice. */
  public BigDecimal creditedOn(long invoiceId) {
    return sum(
        "select coalesce(sum(amount), 0) from invoice_match where invoice_id = :id and credit_note_id is not null",
        invoiceId);
  }

  /** What a credit note settled on the invoice it reverses. */
  public BigDecimal settledBy(long creditNoteId) {
    return sum(
        "select coalesce(sum(amount), 0) from invoice_match where credit_note_id = :id",
        creditNoteId);
  }

  public boolean hasMatches(long invoiceId) {
    return jdbc.sql("select count(*) > 0 from invoice_match where invoice_id = :id")
        .param("id", invoiceId)
        .query(Boolean.class)
        .single();
  }

  public long insertPayment(
      long journalId, long customerId, BigDecimal amount, String currency, LocalDate date) {
    return jdbc.sql(
            "insert into payment (journal_id, customer_id, amount, currency, payment_date)"
                + " values (:journal, :customer, :amount, :currency, :date) returning id")
        .param("journal", journalId)
        .param("customer", customerId)
        .param("amount", amount)
        .param("currency", currency)
        .param("date", date)
        .query(Long.class)
        .single();
  }

  public void matchPayment(long invoiceId, long paymentId, BigDecimal amount) {
    jdbc.sql(
            "insert into invoice_match (invoice_id, payment_id, amount)"
                + " values (:invoice, :payment, :amount)")
        .param("invoice", invoiceId)
        .param("payment", paymentId)
        .param("amount", amount)
        .update();
  }

  public void matchCreditNote(long invoiceId, long creditNoteId, BigDecimal amount) {
    jdbc.sql(
            "insert into invoice_match (invoice_id, credit_note_id, amount)"
                + " values (:invoice, :note, :amount)")
        .param("invoice", invoiceId)
        .param("note", creditNoteId)
        .param("amount", amount)
        .update();
  }

  /** Removes what a (cancelled) credit note settled: the invoice is open again by that much. */
  public void unmatchCreditNote(long creditNoteId) {
    jdbc.sql("delete from invoice_match where credit_note_id = :id")
        .param("id", creditNoteId)
        .update();
  }

  /**
   * Per invoice line of {@code invoiceId}: the quantity credited by its non-cancelled credit notes
   * (drafts included). Lines never credited are absent.
   */
  public Map<Long, BigDecimal> creditedQuantities(long invoiceId) {
    return creditedQuantities(invoiceId, -1);
  }

  /**
   * The total of the non-cancelled credit notes (drafts included) of an invoice, leaving out the
   * credit note {@code excludedNoteId}: the per-invoice amount cap adds the new lines to this.
   */
  public BigDecimal creditedAmount(long invoiceId, long excludedNoteId) {
    return creditedAmounts(List.of(invoiceId), excludedNoteId)
        .getOrDefault(invoiceId, BigDecimal.ZERO);
  }

  /** {@link #creditedAmount} of several invoices at once, by invoice (never credited: absent). */
  public Map<Long, BigDecimal> creditedAmounts(Collection<Long> invoiceIds, long excludedNoteId) {
    Map<Long, BigDecimal> result = new LinkedHashMap<>();
    if (invoiceIds.isEmpty()) {
      return result;
    }
    jdbc.sql(
            "select reversed_invoice_id, sum(amount_total) from invoice"
                + " where reversed_invoice_id in (:ids) and kind = 'CREDIT_NOTE'"
                + " and state <> 'CANCELLED' and id <> :excluded group by reversed_invoice_id")
        .param("ids", List.copyOf(invoiceIds))
        .param("excluded", excludedNoteId)
        .query(
            (ResultSet rs) -> {
              result.put(rs.getLong(1), rs.getBigDecimal(2));
            });
    return result;
  }

  /** As {@link #creditedQuantities(long)}, leaving out the credit note {@code excludedNoteId}. */
  public Map<Long, BigDecimal> creditedQuantities(long invoiceId, long excludedNoteId) {
    return creditedQuantities(List.of(invoiceId), excludedNoteId);
  }

  /**
   * {@link #creditedQuantities(long, long)} of the lines of several invoices at once (line ids are
   * unique across invoices).
   */
  public Map<Long, BigDecimal> creditedQuantities(
      Collection<Long> invoiceIds, long excludedNoteId) {
    Map<Long, BigDecimal> result = new LinkedHashMap<>();
    if (invoiceIds.isEmpty()) {
      return result;
    }
    jdbc.sql(
            "select l.credited_line_id, sum(l.quantity) from invoice_line l"
                + " join invoice n on n.id = l.invoice_id"
                + " where n.reversed_invoice_id in (:ids) and n.kind = 'CREDIT_NOTE'"
                + " and n.state <> 'CANCELLED' and l.credited_line_id is not null"
                + " and n.id <> :excluded"
                + " group by l.credited_line_id order by l.credited_line_id")
        .param("ids", List.copyOf(invoiceIds))
        .param("excluded", excludedNoteId)
        .query(
            (ResultSet rs) -> {
              result.put(rs.getLong(1), rs.getBigDecimal(2));
            });
    return result;
  }

  /**
   * Per sales order line of {@code salesOrderId}: quantity on non-cancelled invoices (drafts
   * included) less quantity on non-cancelled credit notes of those invoices' lines.
   */
  public Map<Long, BigDecimal> invoicedQuantities(long salesOrderId) {
    Map<Long, BigDecimal> result = new LinkedHashMap<>();
    jdbc.sql(
            "select soline, sum(qty) from ("
                + " select l.sales_order_line_id as soline, l.quantity as qty from invoice_line l"
                + " join invoice i on i.id = l.invoice_id"
                + " where i.sales_order_id = :order and i.kind = 'INVOICE' and i.state <> 'CANCELLED'"
                + " and l.sales_order_line_id is not null"
                + " union all"
                + " select il.sales_order_line_id, -l.quantity from invoice_line l"
                + " join invoice n on n.id = l.invoice_id"
                + " join invoice_line il on il.id = l.credited_line_id"
                + " join invoice i on i.id = il.invoice_id"
                + " where i.sales_order_id = :order and n.kind = 'CREDIT_NOTE'"
                + " and n.state <> 'CANCELLED' and il.sales_order_line_id is not null"
                + ") q group by soline order by soline")
        .param("order", salesOrderId)
        .query(
            (ResultSet rs) -> {
              result.put(rs.getLong(1), rs.getBigDecimal(2));
            });
    return result;
  }

  private BigDecimal sum(String sql, long id) {
    return jdbc.sql(sql).param("id", id).query(BigDecimal.class).single();
  }
}

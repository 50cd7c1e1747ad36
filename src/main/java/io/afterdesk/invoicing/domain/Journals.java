package io.afterdesk.invoicing.domain;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.invoicing.JournalType;
import io.afterdesk.invoicing.JournalView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The journals and which one a document or payment goes to: invoices to an active SALE journal
 * (default {@code INV}), payments to an active BANK or CASH one (default {@code BNK1}), a credit
 * note to a journal of its invoice's type (default the invoice's).
 */
@Component
public class Journals {

  private static final String SELECT = "select id, code, name, name_vi, type, active from journal";

  private final JdbcClient jdbc;

  Journals(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<JournalView> all() {
    return jdbc.sql(SELECT + " order by id").query(Journals::journal).list();
  }

  public Optional<JournalView> find(long id) {
    return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Journals::journal).optional();
  }

  /** The journal, or 404. */
  public JournalView get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("Journal", id));
  }

  public JournalView byCode(String code) {
    return jdbc.sql(SELECT + " where code = :code")
        .param("code", code)
        .query(Journals::journal)
        .optional()
        .orElseThrow(() -> new NotFoundException("Journal", code));
  }

  /** The journal of a new invoice; 422 on {@code journalId} for one that is not an active SALE. */
  public long forInvoice(@Nullable Long journalId) {
    if (journalId == null) {
      return byCode("INV").id();
    }
    return find(journalId)
        .filter(j -> j.type() == JournalType.SALE && j.active())
        .orElseThrow(
            () -> FieldValidationException.of("journalId", "invoicing.invoice.journal.not-sale"))
        .id();
  }

  /** The journal of a payment; 422 on {@code journalId} for one that takes no payments. */
  public JournalView forPayment(@Nullable Long journalId) {
    if (journalId == null) {
      return byCode("BNK1");
    }
    return find(journalId)
        .filter(j -> j.type().takesPayments() && j.active())
        .orElseThrow(
            () -> FieldValidationException.of("journalId", "invoicing.payment.journal.not-bank"));
  }

  /** The journal of a credit note of {@code invoice}; 422 for one of another type. */
  public long forCreditNote(@Nullable Long journalId, Invoice invoice) {
    JournalType type = get(invoice.header().journalId()).type();
    long wanted = journalId == null ? invoice.header().journalId() : journalId;
    return find(wanted)
        .filter(j -> j.type() == type)
        .orElseThrow(
            () ->
                FieldValidationException.of("journalId", "invoicing.credit-note.journal.same-type"))
        .id();
  }

  /** The prefix of a document's number: the journal code, {@code R} before it for credit notes. */
  public String numberPrefix(Invoice invoice) {
    String code = get(invoice.header().journalId()).code();
    return invoice.kind() == io.afterdesk.invoicing.InvoiceKind.CREDIT_NOTE ? "R" + code : code;
  }

  private static JournalView journal(ResultSet rs, int row) throws SQLException {
    return new JournalView(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("name_vi"),
        JournalType.valueOf(rs.getString("type")),
        rs.getBoolean("active"));
  }
}

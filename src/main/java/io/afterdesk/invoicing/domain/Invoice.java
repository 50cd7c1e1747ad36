package io.afterdesk.invoicing.domain;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.LocalizedText;
import io.afterdesk.common.Money;
import io.afterdesk.common.TransitionRefused;
import io.afterdesk.invoicing.InvoiceKind;
import io.afterdesk.invoicing.InvoiceState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An invoice or a credit note (one document with a kind). A draft can be edited; posting numbers it
 * and freezes it for good (it can then only be cancelled, keeping its number). The document guards
 * its own rules: what may be edited, reversed, paid or cancelled in which state. Totals are the
 * sums of the rounded line amounts (see {@link InvoiceLine}).
 */
@Table("invoice")
public class Invoice {

  @Id private @Nullable Long id;
  @Version private @Nullable Long version;
  private @Nullable String number;
  private InvoiceState state;

  @Embedded.Empty private InvoiceHeader header;
  @Embedded.Empty private InvoiceTotals totals;

  private final Instant createdAt;
  private @Nullable Instant postedAt;

  @MappedCollection(idColumn = "invoice_id", keyColumn = "line_no")
  private List<InvoiceLine> lines;

  @PersistenceCreator
  Invoice(
      @Nullable Long id,
      @Nullable Long version,
      @Nullable String number,
      InvoiceState state,
      InvoiceHeader header,
      InvoiceTotals totals,
      Instant createdAt,
      @Nullable Instant postedAt,
      List<InvoiceLine> lines) {
    this.id = id;
    this.version = version;
    this.number = number;
    this.state = state;
    this.header = header;
    this.totals = totals;
    this.createdAt = createdAt;
    this.postedAt = postedAt;
    this.lines = new ArrayList<>(lines);
  }

  /** A new draft with this header (an invoice's or, see {@link #draftCreditNote}, a reversal's). */
  public static Invoice draft(InvoiceHeader header, List<InvoiceLine> lines, Instant now) {
    Invoice invoice =
        new Invoice(
            null,
            null,
            null,
            InvoiceState.DRAFT,
            header,
            InvoiceTotals.of(List.of()),
            now,
            null,
            List.of());
    invoice.replaceLines(lines);
    return invoice;
  }

  /**
   * A new draft credit note reversing (part of) this invoice; 409 "You can only reverse posted
   * moves." unless this is a posted invoice. See {@link InvoiceHeader} for the reference.
   */
  public Invoice draftCreditNote(
      long journalId,
      @Nullable DocumentRef origin,
      String reference,
      @Nullable LocalizedText referenceText,
      LocalDate date,
      List<InvoiceLine> creditLines,
      Instant now) {
    requireReversible();
    InvoiceHeader reversal =
        header.reversal(id(), journalId, origin, reference, referenceText, date);
    return draft(reversal, creditLines, now);
  }

  /** Replaces the lines of a draft and recomputes the totals. */
  public void replaceLines(List<InvoiceLine> newLines) {
    requireDraft();
    this.lines = new ArrayList<>(newLines);
    this.totals = InvoiceTotals.of(lines);
  }

  /** Changes the header of a draft; null arguments keep the current value. */
  public void changeHeader(
      @Nullable Long newCustomerId,
      @Nullable String newReference,
      @Nullable LocalDate newInvoiceDate,
      @Nullable LocalDate newDueDate) {
    requireDraft();
    if (newCustomerId != null
        && kind() == InvoiceKind.CREDIT_NOTE
        && newCustomerId != customerId()) {
      throw new BusinessRuleException("invoicing.credit-note.customer-fixed");
    }
    this.header = header.changed(newCustomerId, newReference, newInvoiceDate, newDueDate);
  }

  /**
   * Posts the draft: it needs a line and a total other than zero; only then is a number drawn from
   * {@code numbering}, so a refused posting consumes none.
   */
  public void post(Supplier<String> numbering, Instant now) {
    transitionTo(InvoiceState.POSTED);
    if (lines.isEmpty()) {
      throw new BusinessRuleException("invoicing.invoice.no-lines");
    }
    if (totals.amountTotal().signum() == 0) {
      throw new BusinessRuleException("invoicing.invoice.zero-total");
    }
    this.number = numbering.get();
    this.state = InvoiceState.POSTED;
    this.postedAt = now;
  }

  /** Cancels a draft or a posted document; a posted one keeps its number. */
  public void cancel() {
    transitionTo(InvoiceState.CANCELLED);
    this.state = InvoiceState.CANCELLED;
  }

  /**
   * Cancels, unless this is a posted invoice that payments or credit notes are matched on ({@code
   * matched}): those are unmatched first (409).
   */
  public void cancel(boolean matched) {
    if (matched && state == InvoiceState.POSTED && kind() == InvoiceKind.INVOICE) {
      throw new BusinessRuleException("invoicing.invoice.cancel-matched", number);
    }
    cancel();
  }

  /**
   * The amount a payment settles: {@code requested}, or all of {@code residual} when none is given.
   * 409 unless this is a posted invoice with something due and the amount at most the residual; 422
   * for an amount that is not positive or has more decimals than the currency.
   */
  public BigDecimal paymentOf(@Nullable BigDecimal requested, BigDecimal residual) {
    requirePayable();
    if (residual.signum() == 0) {
      throw new BusinessRuleException("invoicing.payment.nothing-due", number);
    }
    BigDecimal amount = requested == null ? residual : requested;
    if (amount.signum() <= 0) {
      throw FieldValidationException.of("amount", "invoicing.payment.amount.positive");
    }
    if (amount.stripTrailingZeros().scale() > currency().getDefaultFractionDigits()) {
      throw FieldValidationException.of("amount", "invoicing.payment.amount.decimals");
    }
    if (amount.compareTo(residual) > 0) {
      throw new BusinessRuleException(
          "invoicing.payment.exceeds-residual", residual.toPlainString(), number);
    }
    return amount;
  }

  /** Throws 409 unless this is a posted invoice, the only kind of document that takes payments. */
  public void requirePayable() {
    if (kind() != InvoiceKind.INVOICE || state != InvoiceState.POSTED) {
      throw new BusinessRuleException("invoicing.payment.not-posted");
    }
  }

  /**
   * Throws 409 unless this is a posted invoice, the only kind of document a credit note reverses.
   */
  public void requireReversible() {
    if (kind() != InvoiceKind.INVOICE || state != InvoiceState.POSTED) {
      throw new BusinessRuleException("invoicing.credit-note.reverse-posted-only");
    }
  }

  /** Throws 409 unless the document is a draft (posted documents are never edited). */
  public void requireDraft() {
    if (state != InvoiceState.DRAFT) {
      throw new BusinessRuleException(
          "invoicing.invoice.not-draft", number == null ? "" : number, state.name());
    }
  }

  /** Refuses a change based on another version than the stored one (null: no check asked). */
  public void requireVersion(@Nullable Long expected) {
    if (expected != null && !Objects.equals(expected, version)) {
      throw new OptimisticLockingFailureException("Invoice " + id + " was changed meanwhile");
    }
  }

  private void transitionTo(InvoiceState target) {
    if (!state.canBecome(target)) {
      throw new TransitionRefused("invoicing.invoice.transition", null, state, target);
    }
  }

  /** The year of the number: the year of the invoice date. */
  public int fiscalYear() {
    return header.invoiceDate().getYear();
  }

  public long id() {
    if (id == null) {
      throw new IllegalStateException("The invoice is not saved yet");
    }
    return id;
  }

  public @Nullable Long version() {
    return version;
  }

  public @Nullable String number() {
    return number;
  }

  public InvoiceState state() {
    return state;
  }

  public InvoiceHeader header() {
    return header;
  }

  public InvoiceKind kind() {
    return header.kind();
  }

  public long customerId() {
    return header.customerId();
  }

  public Currency currency() {
    return Currency.getInstance(header.currency());
  }

  public Money untaxed() {
    return new Money(totals.amountUntaxed(), currency());
  }

  public Money tax() {
    return new Money(totals.amountTax(), currency());
  }

  public Money total() {
    return new Money(totals.amountTotal(), currency());
  }

  public @Nullable Instant postedAt() {
    return postedAt;
  }

  public List<InvoiceLine> lines() {
    return List.copyOf(lines);
  }
}

package io.afterdesk.invoicing.domain;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.DocumentRef;
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
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An invoice or a credit note (one document with a kind). A draft can be edited; posting numbers it
 * and freezes it for good (it can then only be cancelled, keeping its number). Totals are the sums
 * of the rounded line amounts (see {@link InvoiceLine}).
 */
@Table("invoice")
public class Invoice {

  @Id private @Nullable Long id;
  @Version private @Nullable Long version;
  private final InvoiceKind kind;
  private @Nullable String number;
  private InvoiceState state;
  private final long journalId;
  private long customerId;
  private final @Nullable Long salesOrderId;
  private final @Nullable String originType;
  private final @Nullable Long originId;
  private @Nullable String reference;
  private LocalDate invoiceDate;
  private @Nullable LocalDate dueDate;
  private final @Nullable Long reversedInvoiceId;
  private final String currency;
  private BigDecimal amountUntaxed;
  private BigDecimal amountTax;
  private BigDecimal amountTotal;
  private final Instant createdAt;
  private @Nullable Instant postedAt;

  @MappedCollection(idColumn = "invoice_id", keyColumn = "line_no")
  private List<InvoiceLine> lines;

  @PersistenceCreator
  Invoice(
      @Nullable Long id,
      @Nullable Long version,
      InvoiceKind kind,
      @Nullable String number,
      InvoiceState state,
      long journalId,
      long customerId,
      @Nullable Long salesOrderId,
      @Nullable String originType,
      @Nullable Long originId,
      @Nullable String reference,
      LocalDate invoiceDate,
      @Nullable LocalDate dueDate,
      @Nullable Long reversedInvoiceId,
      String currency,
      BigDecimal amountUntaxed,
      BigDecimal amountTax,
      BigDecimal amountTotal,
      Instant createdAt,
      @Nullable Instant postedAt,
      List<InvoiceLine> lines) {
    this.id = id;
    this.version = version;
    this.kind = kind;
    this.number = number;
    this.state = state;
    this.journalId = journalId;
    this.customerId = customerId;
    this.salesOrderId = salesOrderId;
    this.originType = originType;
    this.originId = originId;
    this.reference = reference;
    this.invoiceDate = invoiceDate;
    this.dueDate = dueDate;
    this.reversedInvoiceId = reversedInvoiceId;
    this.currency = currency.trim();
    this.amountUntaxed = amountUntaxed;
    this.amountTax = amountTax;
    this.amountTotal = amountTotal;
    this.createdAt = createdAt;
    this.postedAt = postedAt;
    this.lines = new ArrayList<>(lines);
  }

  /** A new draft invoice. */
  public static Invoice draftInvoice(
      long journalId,
      long customerId,
      @Nullable Long salesOrderId,
      @Nullable DocumentRef origin,
      @Nullable String reference,
      LocalDate invoiceDate,
      @Nullable LocalDate dueDate,
      Currency currency,
      List<InvoiceLine> lines) {
    return draft(
        InvoiceKind.INVOICE,
        journalId,
        customerId,
        salesOrderId,
        origin,
        reference,
        invoiceDate,
        dueDate,
        null,
        currency,
        lines);
  }

  /** A new draft credit note reversing (part of) {@code reversedInvoiceId}. */
  public static Invoice draftCreditNote(
      long journalId,
      long customerId,
      @Nullable Long salesOrderId,
      @Nullable DocumentRef origin,
      @Nullable String reference,
      LocalDate date,
      long reversedInvoiceId,
      Currency currency,
      List<InvoiceLine> lines) {
    return draft(
        InvoiceKind.CREDIT_NOTE,
        journalId,
        customerId,
        salesOrderId,
        origin,
        reference,
        date,
        date,
        reversedInvoiceId,
        currency,
        lines);
  }

  private static Invoice draft(
      InvoiceKind kind,
      long journalId,
      long customerId,
      @Nullable Long salesOrderId,
      @Nullable DocumentRef origin,
      @Nullable String reference,
      LocalDate invoiceDate,
      @Nullable LocalDate dueDate,
      @Nullable Long reversedInvoiceId,
      Currency currency,
      List<InvoiceLine> lines) {
    Invoice invoice =
        new Invoice(
            null,
            null,
            kind,
            null,
            InvoiceState.DRAFT,
            journalId,
            customerId,
            salesOrderId,
            origin == null ? null : origin.type(),
            origin == null ? null : origin.id(),
            blankToNull(reference),
            invoiceDate,
            dueDate == null ? invoiceDate : dueDate,
            reversedInvoiceId,
            currency.getCurrencyCode(),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            Instant.now(),
            null,
            List.of());
    invoice.replaceLines(lines);
    return invoice;
  }

  /** Replaces the lines of a draft and recomputes the totals. */
  public void replaceLines(List<InvoiceLine> newLines) {
    requireDraft();
    this.lines = new ArrayList<>(newLines);
    BigDecimal untaxed = BigDecimal.ZERO;
    BigDecimal tax = BigDecimal.ZERO;
    for (InvoiceLine line : lines) {
      untaxed = untaxed.add(line.subtotal());
      tax = tax.add(line.tax());
    }
    this.amountUntaxed = untaxed;
    this.amountTax = tax;
    this.amountTotal = untaxed.add(tax);
  }

  /** Changes the header of a draft; null arguments keep the current value. */
  public void changeHeader(
      @Nullable Long newCustomerId,
      @Nullable String newReference,
      @Nullable LocalDate newInvoiceDate,
      @Nullable LocalDate newDueDate) {
    requireDraft();
    if (newCustomerId != null) {
      if (kind == InvoiceKind.CREDIT_NOTE && newCustomerId != customerId) {
        throw new BusinessRuleException("invoicing.credit-note.customer-fixed");
      }
      this.customerId = newCustomerId;
    }
    if (newReference != null) {
      this.reference = blankToNull(newReference);
    }
    if (newInvoiceDate != null) {
      this.invoiceDate = newInvoiceDate;
    }
    if (newDueDate != null) {
      this.dueDate = newDueDate;
    }
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
    if (amountTotal.signum() == 0) {
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

  private void transitionTo(InvoiceState target) {
    if (!state.canBecome(target)) {
      throw new TransitionRefused("invoicing.invoice.transition", null, state, target);
    }
  }

  /** Throws 409 unless the document is a draft (posted documents are never edited). */
  public void requireDraft() {
    if (state != InvoiceState.DRAFT) {
      throw new BusinessRuleException(
          "invoicing.invoice.not-draft", number == null ? "" : number, state.name());
    }
  }

  /** The year of the number: the year of the invoice date. */
  public int fiscalYear() {
    return invoiceDate.getYear();
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.trim();
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

  public InvoiceKind kind() {
    return kind;
  }

  public @Nullable String number() {
    return number;
  }

  public InvoiceState state() {
    return state;
  }

  public long journalId() {
    return journalId;
  }

  public long customerId() {
    return customerId;
  }

  public @Nullable Long salesOrderId() {
    return salesOrderId;
  }

  public @Nullable DocumentRef origin() {
    return originType == null || originId == null ? null : new DocumentRef(originType, originId);
  }

  public @Nullable String reference() {
    return reference;
  }

  public LocalDate invoiceDate() {
    return invoiceDate;
  }

  public @Nullable LocalDate dueDate() {
    return dueDate;
  }

  public @Nullable Long reversedInvoiceId() {
    return reversedInvoiceId;
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }

  public Money untaxed() {
    return new Money(amountUntaxed, currency());
  }

  public Money tax() {
    return new Money(amountTax, currency());
  }

  public Money total() {
    return new Money(amountTotal, currency());
  }

  public Instant createdAt() {
    return createdAt;
  }

  public @Nullable Instant postedAt() {
    return postedAt;
  }

  public List<InvoiceLine> lines() {
    return List.copyOf(lines);
  }
}

package io.afterdesk.invoicing;

import io.afterdesk.common.AfterdeskProperties;
import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.NumberSequences;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.invoicing.domain.CreditCaps;
import io.afterdesk.invoicing.domain.Invoice;
import io.afterdesk.invoicing.domain.InvoiceLine;
import io.afterdesk.invoicing.domain.InvoicePdf;
import io.afterdesk.invoicing.domain.InvoiceQueries;
import io.afterdesk.invoicing.domain.InvoiceRepository;
import io.afterdesk.invoicing.domain.Ledger;
import io.afterdesk.invoicing.domain.LineFactory;
import io.afterdesk.partner.Customers;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door into invoicing: drafts, posting (numbering), cancelling, payments, credit notes, and the
 * reads other modules need (sales: documents and invoiced quantities of an order; aftersales:
 * credited quantities of an invoice for the refund cap). Who may call (admins and managers change,
 * every staff member reads) is checked by the callers. Events ({@link InvoicePosted}, {@link
 * InvoiceCancelled}, {@link InvoicePaid}) are published in the transaction that makes them true.
 */
@Service
@Transactional
public class Invoices {

  /** The chatter's document type of invoices and credit notes. */
  public static final String DOCUMENT_TYPE = "invoicing.invoice";

  private final InvoiceRepository invoices;
  private final InvoiceQueries queries;
  private final Ledger ledger;
  private final LineFactory lineFactory;
  private final NumberSequences sequences;
  private final Customers customers;
  private final AfterdeskProperties properties;
  private final ApplicationEventPublisher events;
  private final InvoicePdf pdf;
  private final CreditCaps creditCaps;

  Invoices(
      InvoiceRepository invoices,
      InvoiceQueries queries,
      Ledger ledger,
      LineFactory lineFactory,
      NumberSequences sequences,
      Customers customers,
      AfterdeskProperties properties,
      ApplicationEventPublisher events,
      InvoicePdf pdf,
      CreditCaps creditCaps) {
    this.invoices = invoices;
    this.queries = queries;
    this.ledger = ledger;
    this.lineFactory = lineFactory;
    this.sequences = sequences;
    this.customers = customers;
    this.properties = properties;
    this.events = events;
    this.pdf = pdf;
    this.creditCaps = creditCaps;
  }

  /** The company currency every document is in. */
  public Currency currency() {
    return Currency.getInstance(properties.currencyCode());
  }

  // ---- commands ------------------------------------------------------------------------------

  /**
   * Creates a draft invoice and answers its id. 422 for an unknown customer or product, a journal
   * that is not a SALE journal, or refused line values ({@code lines[i].<field>}).
   */
  public long createDraft(InvoiceDraft draft) {
    requireCustomer(draft.customerId());
    long journalId = saleJournal(draft.journalId());
    LocalDate date = draft.invoiceDate() == null ? LocalDate.now() : draft.invoiceDate();
    List<InvoiceLine> lines = lineFactory.invoiceLines(draft.lines(), currency());
    Invoice invoice =
        Invoice.draftInvoice(
            journalId,
            draft.customerId(),
            draft.salesOrderId(),
            draft.originRef(),
            draft.reference(),
            date,
            draft.dueDate(),
            currency(),
            lines);
    return invoices.save(invoice).id();
  }

  /**
   * Replaces the lines of a draft invoice (409 when it is not a draft). With {@code
   * expectedVersion}, a change made meanwhile is refused ({@link
   * OptimisticLockingFailureException}).
   */
  public void updateDraftLines(
      long id, List<InvoiceLineInput> lines, @Nullable Long expectedVersion) {
    updateDraft(id, DraftChanges.lines(lines), expectedVersion);
  }

  /**
   * Changes a draft invoice or credit note (409 when it is not a draft). The lines of a credit note
   * are checked against what is left to credit on the reversed invoice, under its lock; a credit
   * line given with quantity 0 is removed, and a credit note keeps at least one line (409).
   */
  public void updateDraft(long id, DraftChanges changes, @Nullable Long expectedVersion) {
    Invoice invoice = load(id);
    if (expectedVersion != null && !Objects.equals(expectedVersion, invoice.version())) {
      throw new OptimisticLockingFailureException("Invoice " + id + " was changed meanwhile");
    }
    invoice.requireDraft();
    if (changes.customerId() != null) {
      requireCustomer(changes.customerId());
    }
    invoice.changeHeader(
        changes.customerId(), changes.reference(), changes.invoiceDate(), changes.dueDate());
    if (invoice.kind() == InvoiceKind.INVOICE && changes.lines() != null) {
      invoice.replaceLines(lineFactory.invoiceLines(changes.lines(), invoice.currency()));
    }
    if (invoice.kind() == InvoiceKind.CREDIT_NOTE && changes.creditLines() != null) {
      List<CreditLineInput> kept =
          changes.creditLines().stream()
              .filter(l -> l.quantity() == null || l.quantity().signum() != 0)
              .toList();
      if (kept.isEmpty()) {
        throw new BusinessRuleException("invoicing.credit-note.keep-one-line");
      }
      Invoice reversed = lockReversed(invoice);
      invoice.replaceLines(lineFactory.creditLines(kept, reversed, id));
    }
    invoices.save(invoice);
  }

  /**
   * Posts a draft: it gets the next number of its journal, kind and year ({@code INV/2026/00001},
   * credit notes {@code RINV/2026/00001}), gapless: the number is drawn in this transaction and
   * given back if it rolls back. A credit note needs its invoice posted and is then matched against
   * it up to the invoice's residual (the rest stays open on the credit note: the customer's
   * outstanding credit). 409 for a wrong state, no line, a zero total.
   */
  public InvoiceView post(long id) {
    Invoice invoice = load(id);
    Invoice reversed = null;
    if (invoice.kind() == InvoiceKind.CREDIT_NOTE) {
      invoice.requireDraft();
      reversed = lockReversed(invoice);
      lineFactory.creditLines(creditInputsOf(invoice), reversed, id);
    }
    String prefix = numberPrefix(invoice);
    String sequence =
        "invoicing." + prefix + "." + invoice.kind().name() + "." + invoice.fiscalYear();
    invoice.post(
        () ->
            prefix
                + "/"
                + invoice.fiscalYear()
                + "/"
                + String.format("%05d", sequences.next(sequence)),
        Instant.now());
    invoices.save(invoice);
    if (reversed != null) {
      BigDecimal residual = residualOf(reversed);
      BigDecimal matched = residual.min(invoice.total().amount());
      if (matched.signum() > 0) {
        ledger.matchCreditNote(reversed.id(), id, matched);
      }
    }
    events.publishEvent(
        new InvoicePosted(
            id,
            Objects.requireNonNull(invoice.number()),
            invoice.kind(),
            invoice.customerId(),
            invoice.salesOrderId(),
            invoice.reversedInvoiceId(),
            invoice.origin(),
            invoice.total(),
            Instant.now()));
    return queries.view(invoice);
  }

  /**
   * Cancels a draft or a posted document (a posted one keeps its number). A posted invoice with
   * payments or credit notes matched on it is refused (409: unmatch first); cancelling a posted
   * credit note removes what it settled on its invoice.
   */
  public InvoiceView cancel(long id) {
    ledger.lock(id);
    Invoice invoice = load(id);
    boolean wasPosted = invoice.state() == InvoiceState.POSTED;
    if (wasPosted && invoice.kind() == InvoiceKind.INVOICE && ledger.hasMatches(id)) {
      throw new BusinessRuleException("invoicing.invoice.cancel-matched", invoice.number());
    }
    invoice.cancel();
    if (wasPosted && invoice.kind() == InvoiceKind.CREDIT_NOTE) {
      ledger.unmatchCreditNote(id);
    }
    invoices.save(invoice);
    events.publishEvent(
        new InvoiceCancelled(
            id,
            invoice.number(),
            invoice.kind(),
            invoice.customerId(),
            invoice.salesOrderId(),
            invoice.reversedInvoiceId(),
            invoice.origin(),
            invoice.total(),
            wasPosted,
            Instant.now()));
    return queries.view(invoice);
  }

  /**
   * Registers a payment of a posted invoice and matches it; answers the payment id. The invoice row
   * is locked while the residual is checked, so two payments at once never take it below zero (409
   * "exceeds the residual" for the second). {@link InvoicePaid} is published when it becomes PAID.
   */
  public long registerPayment(long invoiceId, PaymentRequest request) {
    ledger.lock(invoiceId);
    Invoice invoice = load(invoiceId);
    if (invoice.kind() != InvoiceKind.INVOICE || invoice.state() != InvoiceState.POSTED) {
      throw new BusinessRuleException("invoicing.payment.not-posted");
    }
    JournalView journal =
        request.journalId() == null
            ? ledger.journalByCode("BNK1")
            : ledger
                .findJournal(request.journalId())
                .filter(j -> j.type().takesPayments() && j.active())
                .orElseThrow(
                    () ->
                        FieldValidationException.of(
                            "journalId", "invoicing.payment.journal.not-bank"));
    BigDecimal residual = residualOf(invoice);
    if (residual.signum() == 0) {
      throw new BusinessRuleException("invoicing.payment.nothing-due", invoice.number());
    }
    BigDecimal amount = request.amount() == null ? residual : request.amount();
    if (amount.signum() <= 0) {
      throw FieldValidationException.of("amount", "invoicing.payment.amount.positive");
    }
    if (amount.stripTrailingZeros().scale() > invoice.currency().getDefaultFractionDigits()) {
      throw FieldValidationException.of("amount", "invoicing.payment.amount.decimals");
    }
    if (amount.compareTo(residual) > 0) {
      throw new BusinessRuleException(
          "invoicing.payment.exceeds-residual", residual.toPlainString(), invoice.number());
    }
    LocalDate date = request.date() == null ? LocalDate.now() : request.date();
    long paymentId =
        ledger.insertPayment(
            journal.id(), invoice.customerId(), amount, invoice.currency().getCurrencyCode(), date);
    ledger.matchPayment(invoiceId, paymentId, amount);
    if (amount.compareTo(residual) == 0) {
      events.publishEvent(
          new InvoicePaid(
              invoiceId,
              Objects.requireNonNull(invoice.number()),
              invoice.customerId(),
              invoice.salesOrderId(),
              invoice.origin(),
              paymentId,
              invoice.total(),
              PaymentState.PAID,
              Instant.now()));
    }
    return paymentId;
  }

  /**
   * Creates a draft credit note reversing a posted invoice line by line and answers its id. 409
   * "You can only reverse posted moves." unless the invoice is posted; 409 when a line credits more
   * than is left on its invoice line (quantity less non-cancelled credit notes, drafts included);
   * 422 for a journal of another type than the invoice's, an unknown credited line, a price above
   * the credited one.
   */
  public long createCreditNote(CreditNoteDraft draft) {
    Invoice invoice =
        invoices
            .findById(draft.reversedInvoiceId())
            .orElseThrow(
                () ->
                    FieldValidationException.of(
                        "reversedInvoiceId", "invoicing.credit-note.invoice.unknown"));
    ledger.lock(invoice.id());
    invoice = load(invoice.id());
    requireReversible(invoice);
    JournalView invoiceJournal = ledger.journal(invoice.journalId());
    long journalId = draft.journalId() == null ? invoice.journalId() : draft.journalId();
    JournalView journal =
        ledger
            .findJournal(journalId)
            .filter(j -> j.type() == invoiceJournal.type())
            .orElseThrow(
                () ->
                    FieldValidationException.of(
                        "journalId", "invoicing.credit-note.journal.same-type"));
    if (draft.lines().isEmpty()) {
      throw FieldValidationException.of("lines", "invoicing.credit-note.lines.required");
    }
    List<InvoiceLine> lines = lineFactory.creditLines(draft.lines(), invoice, null);
    String reference =
        draft.reference() == null || draft.reference().isBlank()
            ? "Reversal of: " + invoice.number()
            : draft.reference();
    Invoice note =
        Invoice.draftCreditNote(
            journal.id(),
            invoice.customerId(),
            invoice.salesOrderId(),
            draft.originRef(),
            reference,
            draft.date() == null ? LocalDate.now() : draft.date(),
            invoice.id(),
            invoice.currency(),
            lines);
    return invoices.save(note).id();
  }

  // ---- reads ---------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Optional<InvoiceView> find(long id) {
    return queries.find(id);
  }

  /** The document, or 404. */
  @Transactional(readOnly = true)
  public InvoiceView get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("Invoice", id));
  }

  /** One page of invoices and credit notes (see {@link InvoiceQueries#page}). */
  @Transactional(readOnly = true)
  public PageResponse<InvoiceRow> page(InvoiceFilter filter, PageQuery query) {
    return queries.page(filter, query);
  }

  /** The invoices and credit notes of a sales order (cancelled ones included), oldest first. */
  @Transactional(readOnly = true)
  public List<InvoiceRow> ofSalesOrder(long salesOrderId) {
    return queries.ofSalesOrder(salesOrderId);
  }

  /** The credit notes reversing an invoice (cancelled ones included), oldest first. */
  @Transactional(readOnly = true)
  public List<InvoiceRow> creditNotesOf(long invoiceId) {
    return queries.creditNotesOf(invoiceId);
  }

  /**
   * Per sales order line of the order: the quantity on its non-cancelled invoices (drafts included,
   * so a second "create invoice" never invoices the same quantity twice) less the quantity on
   * non-cancelled credit notes (drafts included) of those invoice lines. Lines never invoiced are
   * absent.
   */
  @Transactional(readOnly = true)
  public Map<Long, BigDecimal> invoicedQuantities(long salesOrderId) {
    return ledger.invoicedQuantities(salesOrderId);
  }

  /**
   * Per line of the invoice: the quantity its non-cancelled credit notes (drafts included) credit.
   * What is left to credit on a line is its quantity less this; lines never credited are absent.
   */
  @Transactional(readOnly = true)
  public Map<Long, BigDecimal> creditedQuantities(long invoiceId) {
    return ledger.creditedQuantities(invoiceId);
  }

  /**
   * What is still creditable on an invoice: per line and in total, the caps a credit note is held
   * to ({@link Creditable}); 404 for an invoice out of the caller's reach.
   */
  @Transactional(readOnly = true)
  public Creditable creditable(InvoiceId invoiceId) {
    return creditCaps.creditable(invoiceId);
  }

  /** One page of payments, newest first, of a customer and/or an invoice when given. */
  @Transactional(readOnly = true)
  public PageResponse<PaymentView> payments(
      @Nullable Long customerId, @Nullable Long invoiceId, PageQuery query) {
    return queries.payments(customerId, invoiceId, query);
  }

  /** A payment, or 404. */
  @Transactional(readOnly = true)
  public PaymentView payment(long paymentId) {
    return queries
        .findPayment(paymentId)
        .orElseThrow(() -> new NotFoundException("Payment", paymentId));
  }

  @Transactional(readOnly = true)
  public List<JournalView> journals() {
    return ledger.journals();
  }

  @Transactional(readOnly = true)
  public JournalView journal(long id) {
    return ledger.journal(id);
  }

  /** The PDF of an invoice or credit note (draft ones are titled as drafts). */
  @Transactional(readOnly = true)
  public byte[] pdf(long id) {
    return pdf.render(get(id));
  }

  // ---- helpers -------------------------------------------------------------------------------

  private Invoice load(long id) {
    return invoices.findById(id).orElseThrow(() -> new NotFoundException("Invoice", id));
  }

  private void requireCustomer(long customerId) {
    if (customers.find(customerId).isEmpty()) {
      throw FieldValidationException.of("customerId", "invoicing.invoice.customer.unknown");
    }
  }

  private long saleJournal(@Nullable Long journalId) {
    if (journalId == null) {
      return ledger.journalByCode("INV").id();
    }
    return ledger
        .findJournal(journalId)
        .filter(j -> j.type() == JournalType.SALE && j.active())
        .orElseThrow(
            () -> FieldValidationException.of("journalId", "invoicing.invoice.journal.not-sale"))
        .id();
  }

  private String numberPrefix(Invoice invoice) {
    String code = ledger.journal(invoice.journalId()).code();
    return invoice.kind() == InvoiceKind.CREDIT_NOTE ? "R" + code : code;
  }

  private Invoice lockReversed(Invoice note) {
    long reversedId = Objects.requireNonNull(note.reversedInvoiceId());
    ledger.lock(reversedId);
    Invoice reversed = load(reversedId);
    requireReversible(reversed);
    return reversed;
  }

  private static void requireReversible(Invoice invoice) {
    if (invoice.kind() != InvoiceKind.INVOICE || invoice.state() != InvoiceState.POSTED) {
      throw new BusinessRuleException("invoicing.credit-note.reverse-posted-only");
    }
  }

  private BigDecimal residualOf(Invoice invoice) {
    long id = invoice.id();
    return invoice
        .total()
        .amount()
        .subtract(ledger.paidOn(id))
        .subtract(ledger.creditedOn(id))
        .max(BigDecimal.ZERO);
  }

  private static List<CreditLineInput> creditInputsOf(Invoice note) {
    return note.lines().stream()
        .map(
            l ->
                new CreditLineInput(
                    Objects.requireNonNull(l.creditedLineId()), l.quantity(), l.unitPrice()))
        .toList();
  }
}

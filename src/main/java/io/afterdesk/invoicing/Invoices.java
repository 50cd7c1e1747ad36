package io.afterdesk.invoicing;

import io.afterdesk.common.AfterdeskProperties;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.invoicing.domain.CreditCaps;
import io.afterdesk.invoicing.domain.CreditNoteDrafts;
import io.afterdesk.invoicing.domain.InvoiceDrafts;
import io.afterdesk.invoicing.domain.InvoiceLifecycle;
import io.afterdesk.invoicing.domain.InvoicePdf;
import io.afterdesk.invoicing.domain.InvoiceQueries;
import io.afterdesk.invoicing.domain.InvoiceViews;
import io.afterdesk.invoicing.domain.Journals;
import io.afterdesk.invoicing.domain.Ledger;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door into invoicing's documents: drafts, posting (numbering), cancelling, credit notes, and
 * the reads other modules need (sales: documents and invoiced quantities of an order; aftersales:
 * credited quantities of an invoice for the refund cap). Payments are {@link Payments}. Who may
 * call (admins and managers change, every staff member reads) is checked by the callers. Events
 * ({@link InvoicePosted}, {@link InvoiceCancelled}, {@link InvoicePaid}) are published in the
 * transaction that makes them true.
 */
@Service
@Transactional
public class Invoices {

  /** The chatter's document type of invoices and credit notes. */
  public static final String DOCUMENT_TYPE = "invoicing.invoice";

  private final InvoiceDrafts drafts;
  private final CreditNoteDrafts creditNotes;
  private final InvoiceLifecycle lifecycle;
  private final InvoiceQueries queries;
  private final InvoiceViews views;
  private final Ledger ledger;
  private final Journals journals;
  private final Payments payments;
  private final InvoicePdf pdf;
  private final AfterdeskProperties properties;
  private final CreditCaps creditCaps;

  Invoices(
      InvoiceDrafts drafts,
      CreditNoteDrafts creditNotes,
      InvoiceLifecycle lifecycle,
      InvoiceQueries queries,
      InvoiceViews views,
      Ledger ledger,
      Journals journals,
      Payments payments,
      InvoicePdf pdf,
      AfterdeskProperties properties,
      CreditCaps creditCaps) {
    this.drafts = drafts;
    this.creditNotes = creditNotes;
    this.lifecycle = lifecycle;
    this.queries = queries;
    this.views = views;
    this.ledger = ledger;
    this.journals = journals;
    this.payments = payments;
    this.pdf = pdf;
    this.properties = properties;
    this.creditCaps = creditCaps;
  }

  /** The company currency every document is in. */
  public Currency currency() {
    return Currency.getInstance(properties.currencyCode());
  }

  /**
   * Creates a draft invoice and answers its id. 422 for an unknown customer or product, a journal
   * that is not a SALE journal, or refused line values ({@code lines[i].<field>}).
   */
  public long createDraft(InvoiceDraft draft) {
    return drafts.create(draft, currency());
  }

  /** Replaces the lines of a draft invoice (see {@link #updateDraft}). */
  public void updateDraftLines(
      long id, List<InvoiceLineInput> lines, @Nullable Long expectedVersion) {
    updateDraft(id, DraftChanges.lines(lines), expectedVersion);
  }

  /**
   * Changes a draft invoice or credit note (409 when it is not a draft). With {@code
   * expectedVersion}, a change made meanwhile is refused ({@link
   * OptimisticLockingFailureException}). The lines of a credit note are checked against what is
   * left to credit on the reversed invoice, under its lock; a credit line given with quantity 0 is
   * removed, and a credit note keeps at least one line (409).
   */
  public void updateDraft(long id, DraftChanges changes, @Nullable Long expectedVersion) {
    drafts.update(id, changes, expectedVersion);
  }

  /**
   * Posts a draft: it gets the next number of its journal, kind and year ({@code INV/2026/00001},
   * credit notes {@code RINV/2026/00001}), gapless. A credit note needs its invoice posted and is
   * then matched against it up to the invoice's residual (the rest stays open on the credit note:
   * the customer's outstanding credit). 409 for a wrong state, no line, a zero total.
   */
  public InvoiceView post(long id) {
    return views.view(lifecycle.post(id));
  }

  /**
   * Cancels a draft or a posted document (a posted one keeps its number). A posted invoice with
   * payments or credit notes matched on it is refused (409: unmatch first); cancelling a posted
   * credit note removes what it settled on its invoice.
   */
  public InvoiceView cancel(long id) {
    return views.view(lifecycle.cancel(id));
  }

  /**
   * Creates a draft credit note reversing a posted invoice line by line and answers its id. 409
   * "You can only reverse posted moves." unless the invoice is posted; 409 when a line credits more
   * than is left on its invoice line (quantity less non-cancelled credit notes, drafts included);
   * 422 for a journal of another type than the invoice's, an unknown credited line, a price above
   * the credited one.
   */
  public long createCreditNote(CreditNoteDraft draft) {
    return creditNotes.create(draft);
  }

  /** As {@link Payments#register} (kept here for the callers that pay what they invoice). */
  public long registerPayment(long invoiceId, PaymentRequest request) {
    return payments.register(invoiceId, request);
  }

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

  @Transactional(readOnly = true)
  public List<JournalView> journals() {
    return journals.all();
  }

  @Transactional(readOnly = true)
  public JournalView journal(long id) {
    return journals.get(id);
  }

  /** The PDF of an invoice or credit note in English (draft ones are titled as drafts). */
  @Transactional(readOnly = true)
  public byte[] pdf(long id) {
    return pdf(id, Locale.ENGLISH);
  }

  /** The PDF of an invoice or credit note with its labels in {@code locale}. */
  @Transactional(readOnly = true)
  public byte[] pdf(long id, Locale locale) {
    return pdf.render(get(id), locale);
  }
}

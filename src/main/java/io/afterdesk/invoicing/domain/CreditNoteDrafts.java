package io.afterdesk.invoicing.domain;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.LocalizedText;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.ReaderTexts;
import io.afterdesk.invoicing.CreditLineInput;
import io.afterdesk.invoicing.CreditNoteDraft;
import io.afterdesk.invoicing.CreditNoteReferences;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Credit notes while they are drafts: made from a posted invoice line by line, their lines changed,
 * and checked again before posting — every time under the lock of the reversed invoice, so the
 * refund cap ({@link LineFactory#creditLines}) holds when two are written at once.
 */
@Component
public class CreditNoteDrafts {

  private final InvoiceRepository invoices;
  private final Ledger ledger;
  private final Journals journals;
  private final LineFactory lineFactory;
  private final Clock clock;
  private final ReaderTexts texts;

  CreditNoteDrafts(
      InvoiceRepository invoices,
      Ledger ledger,
      Journals journals,
      LineFactory lineFactory,
      Clock clock,
      ReaderTexts texts) {
    this.texts = texts;
    this.invoices = invoices;
    this.ledger = ledger;
    this.journals = journals;
    this.lineFactory = lineFactory;
    this.clock = clock;
  }

  /** See {@link io.afterdesk.invoicing.Invoices#createCreditNote}. */
  public long create(CreditNoteDraft draft) {
    long invoiceId =
        invoices
            .findById(draft.reversedInvoiceId())
            .orElseThrow(
                () ->
                    FieldValidationException.of(
                        "reversedInvoiceId", "invoicing.credit-note.invoice.unknown"))
            .id();
    ledger.lock(invoiceId);
    Invoice invoice = load(invoiceId);
    invoice.requireReversible();
    long journalId = journals.forCreditNote(draft.journalId(), invoice);
    if (draft.lines().isEmpty()) {
      throw FieldValidationException.of("lines", "invoicing.credit-note.lines.required");
    }
    List<InvoiceLine> lines = lineFactory.creditLines(draft.lines(), invoice, null);
    LocalizedText keyed = draft.referenceText();
    if (keyed == null && (draft.reference() == null || draft.reference().isBlank())) {
      keyed = CreditNoteReferences.reversalOf(String.valueOf(invoice.number()));
    }
    String reference = Objects.requireNonNull(texts.stored(draft.reference(), keyed));
    LocalDate date = draft.date() == null ? LocalDate.now(clock) : draft.date();
    Invoice note =
        invoice.draftCreditNote(
            journalId, draft.originRef(), reference, keyed, date, lines, clock.instant());
    return invoices.save(note).id();
  }

  /**
   * The new lines of a draft credit note: a line given with quantity 0 is removed, at least one
   * stays (409), each within what is left to credit.
   */
  public List<InvoiceLine> changedLines(Invoice note, List<CreditLineInput> inputs) {
    List<CreditLineInput> kept =
        inputs.stream().filter(l -> l.quantity() == null || l.quantity().signum() != 0).toList();
    if (kept.isEmpty()) {
      throw new BusinessRuleException("invoicing.credit-note.keep-one-line");
    }
    return lineFactory.creditLines(kept, lockReversed(note), note.id());
  }

  /**
   * Checks a draft credit note again before it is posted (its invoice may have been cancelled or
   * credited meanwhile) and answers the reversed invoice, locked.
   */
  public Invoice recheck(Invoice note) {
    note.requireDraft();
    Invoice reversed = lockReversed(note);
    List<CreditLineInput> inputs =
        note.lines().stream()
            .map(
                l ->
                    new CreditLineInput(
                        Objects.requireNonNull(l.creditedLineId()), l.quantity(), l.unitPrice()))
            .toList();
    lineFactory.creditLines(inputs, reversed, note.id());
    return reversed;
  }

  private Invoice lockReversed(Invoice note) {
    long reversedId = Objects.requireNonNull(note.header().reversedInvoiceId());
    ledger.lock(reversedId);
    Invoice reversed = load(reversedId);
    reversed.requireReversible();
    return reversed;
  }

  private Invoice load(long id) {
    return invoices.findById(id).orElseThrow(() -> new NotFoundException("Invoice", id));
  }
}

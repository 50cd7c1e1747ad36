package io.afterdesk.invoicing.domain;

import io.afterdesk.common.NotFoundException;
import io.afterdesk.invoicing.InvoiceCancelled;
import io.afterdesk.invoicing.InvoiceKind;
import io.afterdesk.invoicing.InvoicePosted;
import io.afterdesk.invoicing.InvoiceState;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Posting and cancelling, with their settlement: a posted credit note is matched against its
 * invoice, a cancelled one gives back what it settled. Events are published in the same
 * transaction.
 */
@Component
public class InvoiceLifecycle {

  private final InvoiceRepository invoices;
  private final Ledger ledger;
  private final InvoiceNumbering numbering;
  private final CreditNoteDrafts creditNotes;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  InvoiceLifecycle(
      InvoiceRepository invoices,
      Ledger ledger,
      InvoiceNumbering numbering,
      CreditNoteDrafts creditNotes,
      ApplicationEventPublisher events,
      Clock clock) {
    this.invoices = invoices;
    this.ledger = ledger;
    this.numbering = numbering;
    this.creditNotes = creditNotes;
    this.events = events;
    this.clock = clock;
  }

  /** See {@link io.afterdesk.invoicing.Invoices#post}. */
  public Invoice post(long id) {
    Instant now = clock.instant();
    Invoice invoice = load(id);
    Invoice reversed =
        invoice.kind() == InvoiceKind.CREDIT_NOTE ? creditNotes.recheck(invoice) : null;
    invoice.post(() -> numbering.next(invoice), now);
    invoices.save(invoice);
    if (reversed != null) {
      BigDecimal residual = ledger.residualOf(reversed.id(), reversed.total().amount());
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
            invoice.header().salesOrderId(),
            invoice.header().reversedInvoiceId(),
            invoice.header().origin(),
            invoice.total(),
            now));
    return invoice;
  }

  /** See {@link io.afterdesk.invoicing.Invoices#cancel}. */
  public Invoice cancel(long id) {
    Instant now = clock.instant();
    ledger.lock(id);
    Invoice invoice = load(id);
    boolean wasPosted = invoice.state() == InvoiceState.POSTED;
    invoice.cancel(ledger.hasMatches(id));
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
            invoice.header().salesOrderId(),
            invoice.header().reversedInvoiceId(),
            invoice.header().origin(),
            invoice.total(),
            wasPosted,
            now));
    return invoice;
  }

  private Invoice load(long id) {
    return invoices.findById(id).orElseThrow(() -> new NotFoundException("Invoice", id));
  }
}

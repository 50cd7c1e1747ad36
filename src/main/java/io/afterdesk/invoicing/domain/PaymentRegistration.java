package io.afterdesk.invoicing.domain;

import io.afterdesk.common.NotFoundException;
import io.afterdesk.invoicing.InvoicePaid;
import io.afterdesk.invoicing.JournalView;
import io.afterdesk.invoicing.PaymentRequest;
import io.afterdesk.invoicing.PaymentState;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Registers a payment of a posted invoice and matches it, under the invoice's row lock so two
 * payments at once never take the residual below zero; {@link InvoicePaid} once nothing is due.
 */
@Component
public class PaymentRegistration {

  private final InvoiceRepository invoices;
  private final Ledger ledger;
  private final Journals journals;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PaymentRegistration(
      InvoiceRepository invoices,
      Ledger ledger,
      Journals journals,
      ApplicationEventPublisher events,
      Clock clock) {
    this.invoices = invoices;
    this.ledger = ledger;
    this.journals = journals;
    this.events = events;
    this.clock = clock;
  }

  /** See {@link io.afterdesk.invoicing.Payments#register}; answers the payment id. */
  public long register(long invoiceId, PaymentRequest request) {
    ledger.lock(invoiceId);
    Invoice invoice =
        invoices.findById(invoiceId).orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
    invoice.requirePayable();
    JournalView journal = journals.forPayment(request.journalId());
    BigDecimal residual = ledger.residualOf(invoiceId, invoice.total().amount());
    BigDecimal amount = invoice.paymentOf(request.amount(), residual);
    LocalDate date = request.date() == null ? LocalDate.now(clock) : request.date();
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
              invoice.header().salesOrderId(),
              invoice.header().origin(),
              paymentId,
              invoice.total(),
              PaymentState.PAID,
              clock.instant()));
    }
    return paymentId;
  }
}

package io.afterdesk.aftersales.refund;

import io.afterdesk.aftersales.ReasonCodeView;
import io.afterdesk.common.Money;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The refund wizard's defaults and choices for a ticket.
 *
 * @param emptyReason the message key saying why nothing is refundable, or null
 * @param paymentsWarning whether a default invoice has payments (they become outstanding credit
 *     with "Reverse and Create Invoice")
 */
public record RefundChoices(
    long ticketId,
    String ticketReference,
    @Nullable Long customerId,
    @Nullable Long productId,
    @Nullable Long lotId,
    List<OrderChoice> salesOrders,
    @Nullable Long salesOrderId,
    List<InvoiceChoice> invoices,
    List<Long> invoiceIds,
    String reason,
    List<JournalChoice> journals,
    @Nullable Long journalId,
    LocalDate reversalDate,
    List<ReasonCodeView> reasonCodes,
    @Nullable String emptyReason,
    boolean paymentsWarning) {

  public record OrderChoice(long id, String number, LocalDate orderDate) {}

  public record InvoiceChoice(
      long id,
      String number,
      LocalDate invoiceDate,
      @Nullable Long salesOrderId,
      long journalId,
      Money total,
      Money leftToCredit,
      Money paid) {}

  /** A journal to credit in: English and Vietnamese names, {@code label()} in the reader's. */
  public record JournalChoice(long id, String code, String name, @Nullable String nameVi) {
    public String label() {
      return io.afterdesk.common.LocalizedNames.pick(name, nameVi);
    }
  }
}

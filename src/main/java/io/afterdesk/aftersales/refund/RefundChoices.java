package io.afterdesk.aftersales.refund;

import io.afterdesk.aftersales.ReasonCodeView;
import io.afterdesk.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The refund wizard's defaults and choices for a ticket.
 *
 * <p>{@code leftToCredit} of an invoice is what Reverse and Create Invoice credits on it (for the
 * product filter); each invoice carries the preview of both buttons.
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
    List<ProductChoice> products,
    List<LotChoice> lots,
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

  /**
   * A product on the customer's refundable invoices; {@code tracked} shows the Lot/Serial field.
   */
  public record ProductChoice(long id, String name, boolean tracked) {}

  public record LotChoice(long id, String name) {}

  /** What one button credits on one invoice: the lines and their amount, taxes included. */
  public record Preview(List<PreviewLine> lines, Money amount) {

    public boolean isEmpty() {
      return lines.isEmpty();
    }
  }

  public record ModePreview(RefundMode mode, Preview preview) {}

  public record PreviewLine(
      long invoiceLineId,
      @Nullable Long productId,
      String description,
      BigDecimal quantity,
      Money unitPrice,
      Money amount) {}

  public record InvoiceChoice(
      long id,
      String number,
      LocalDate invoiceDate,
      @Nullable Long salesOrderId,
      long journalId,
      Money total,
      Money leftToCredit,
      Money paid,
      Preview reverse,
      Preview reverseAndInvoice) {

    /** What the given button would credit on this invoice. */
    public Preview preview(RefundMode mode) {
      return mode == RefundMode.REVERSE ? reverse : reverseAndInvoice;
    }

    /** Both buttons' previews, in the order of the buttons. */
    public List<ModePreview> previews() {
      return List.of(
          new ModePreview(RefundMode.REVERSE, reverse),
          new ModePreview(RefundMode.REVERSE_AND_CREATE_INVOICE, reverseAndInvoice));
    }
  }

  /** A journal to credit in: English and Vietnamese names, {@code label()} in the reader's. */
  public record JournalChoice(long id, String code, String name, @Nullable String nameVi) {
    public String label() {
      return io.afterdesk.common.LocalizedNames.pick(name, nameVi);
    }
  }
}

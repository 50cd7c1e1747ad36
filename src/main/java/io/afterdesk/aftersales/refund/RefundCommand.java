package io.afterdesk.aftersales.refund;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the agent confirmed in the refund wizard.
 *
 * @param reason shown on the credit note; blank = {@code Helpdesk Ticket #<reference>}
 * @param journalId null = each invoice's journal
 * @param reversalDate required; a later date than today schedules the posting on that date
 * @param filter the product and lot filters (null = the ticket's)
 */
public record RefundCommand(
    @Nullable Long salesOrderId,
    List<Long> invoiceIds,
    @Nullable String reason,
    @Nullable Long journalId,
    @Nullable LocalDate reversalDate,
    @Nullable String reasonCode,
    @Nullable RefundMode mode,
    @Nullable RefundFilter filter) {

  public RefundCommand {
    invoiceIds = invoiceIds == null ? List.of() : List.copyOf(invoiceIds);
  }

  public RefundCommand(
      @Nullable Long salesOrderId,
      List<Long> invoiceIds,
      @Nullable String reason,
      @Nullable Long journalId,
      @Nullable LocalDate reversalDate,
      @Nullable String reasonCode,
      @Nullable RefundMode mode) {
    this(salesOrderId, invoiceIds, reason, journalId, reversalDate, reasonCode, mode, null);
  }

  /** A stable text of the request, to tell a replay from another request with the same key. */
  String fingerprint() {
    return String.join(
        "|",
        String.valueOf(salesOrderId),
        invoiceIds.toString(),
        String.valueOf(reason),
        String.valueOf(journalId),
        String.valueOf(reversalDate),
        String.valueOf(reasonCode),
        String.valueOf(mode),
        String.valueOf(filter));
  }
}

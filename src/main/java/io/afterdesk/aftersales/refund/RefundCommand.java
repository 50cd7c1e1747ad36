package io.afterdesk.aftersales.refund;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the agent confirmed in the refund wizard.
 *
 * @param reason shown on the credit note; blank = {@code Helpdesk Ticket #<reference>}
 * @param journalId null = each invoice's journal
 * @param reversalDate null = today; a later date schedules the posting on that date
 */
public record RefundCommand(
    @Nullable Long salesOrderId,
    List<Long> invoiceIds,
    @Nullable String reason,
    @Nullable Long journalId,
    @Nullable LocalDate reversalDate,
    @Nullable String reasonCode,
    @Nullable RefundMode mode) {

  public RefundCommand {
    invoiceIds = invoiceIds == null ? List.of() : List.copyOf(invoiceIds);
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
        String.valueOf(mode));
  }
}

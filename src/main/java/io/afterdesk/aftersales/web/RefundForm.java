package io.afterdesk.aftersales.web;

import io.afterdesk.aftersales.refund.RefundChoices;
import io.afterdesk.aftersales.refund.RefundCommand;
import io.afterdesk.aftersales.refund.RefundMode;
import io.afterdesk.common.TextLimits;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The refund dialog's form. {@code idempotencyKey} is made when the dialog opens, so a double click
 * sends the same key twice.
 */
record RefundForm(
    @Nullable Long salesOrderId,
    @Nullable List<Long> invoiceIds,
    @Size(max = TextLimits.REASON) @Nullable String reason,
    @Nullable Long journalId,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate reversalDate,
    @Size(max = TextLimits.CODE) @Nullable String reasonCode,
    @Nullable RefundMode mode,
    @Nullable String idempotencyKey) {

  static RefundForm of(RefundChoices choices) {
    return new RefundForm(
        choices.salesOrderId(),
        choices.invoiceIds(),
        choices.reason(),
        choices.journalId(),
        choices.reversalDate(),
        null,
        null,
        UUID.randomUUID().toString());
  }

  RefundCommand toCommand() {
    return new RefundCommand(
        salesOrderId,
        invoiceIds == null ? List.of() : invoiceIds,
        reason,
        journalId,
        reversalDate,
        reasonCode,
        mode);
  }
}

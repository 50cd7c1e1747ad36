package io.afterdesk.aftersales.web;

import io.afterdesk.aftersales.refund.RefundChoices;
import io.afterdesk.aftersales.refund.RefundCommand;
import io.afterdesk.aftersales.refund.RefundFilter;
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
 * sends the same key twice. The dialog always sends its Sales Order and Product fields, so an empty
 * one is the explicit "—" (any order, no product filter).
 */
record RefundForm(
    @Nullable Long salesOrderId,
    @Nullable List<Long> invoiceIds,
    @Size(max = TextLimits.REASON) @Nullable String reason,
    @Nullable Long journalId,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate reversalDate,
    @Size(max = TextLimits.CODE) @Nullable String reasonCode,
    @Nullable RefundMode mode,
    @Nullable String idempotencyKey,
    @Nullable Long productId,
    @Nullable Long lotId) {

  static RefundForm of(RefundChoices choices, @Nullable String idempotencyKey) {
    return new RefundForm(
        choices.salesOrderId(),
        choices.invoiceIds(),
        choices.reason(),
        choices.journalId(),
        choices.reversalDate(),
        null,
        null,
        idempotencyKey == null || idempotencyKey.isBlank()
            ? UUID.randomUUID().toString()
            : idempotencyKey,
        choices.productId(),
        choices.lotId());
  }

  RefundFilter filter() {
    return RefundFilter.chosen(salesOrderId, productId, lotId);
  }

  RefundCommand toCommand() {
    return new RefundCommand(
        salesOrderId,
        invoiceIds == null ? List.of() : invoiceIds,
        reason,
        journalId,
        reversalDate,
        reasonCode,
        mode,
        filter());
  }
}

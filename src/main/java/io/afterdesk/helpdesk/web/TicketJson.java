package io.afterdesk.helpdesk.web;

import io.afterdesk.common.TextLimits;
import io.afterdesk.helpdesk.TicketRow;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A ticket as the API shows it: the full form, or a list row without the per-ticket extras. */
record TicketJson(
    long id,
    String reference,
    String subject,
    @Nullable String description,
    long teamId,
    String team,
    long stageId,
    String stage,
    boolean closed,
    @Nullable Long assigneeId,
    @Nullable String assignee,
    int priority,
    @Nullable Long customerId,
    @Nullable String customer,
    @Email @Size(max = TextLimits.EMAIL) @Nullable String email,
    @Nullable Long productId,
    @Nullable Long lotId,
    @Nullable Long salesOrderId,
    @Nullable List<Long> tagIds,
    Instant createdAt,
    @Nullable Instant closedAt,
    @Nullable Map<String, Long> smartButtons,
    @Nullable MoneyJson afterSalesCost) {

  record MoneyJson(String amount, String currency) {}

  static TicketJson row(TicketRow row) {
    return new TicketJson(
        row.id(),
        row.reference(),
        row.subject(),
        null,
        row.teamId(),
        row.teamName(),
        row.stageId(),
        row.stageName(),
        row.closed(),
        row.assigneeId(),
        row.assigneeName(),
        row.priority(),
        row.customerId(),
        row.customerName(),
        row.email(),
        null,
        null,
        null,
        null,
        row.createdAt(),
        row.closedAt(),
        null,
        null);
  }
}

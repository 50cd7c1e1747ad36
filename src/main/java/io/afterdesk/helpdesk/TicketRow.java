package io.afterdesk.helpdesk;

import io.afterdesk.common.LocalizedNames;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of the ticket list. */
public record TicketRow(
    long id,
    String reference,
    String subject,
    long teamId,
    String teamName,
    long stageId,
    String stageName,
    @Nullable String stageNameVi,
    int stageSequence,
    @Nullable Long assigneeId,
    @Nullable String assigneeName,
    int priority,
    @Nullable Long customerId,
    @Nullable String customerName,
    @Nullable String email,
    Instant createdAt,
    @Nullable Instant closedAt) {

  public boolean closed() {
    return closedAt != null;
  }

  /** The stage's name in the reader's language. */
  public String stageLabel() {
    return LocalizedNames.pick(stageName, stageNameVi);
  }
}

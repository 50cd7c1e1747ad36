package io.afterdesk.helpdesk;

import io.afterdesk.common.LocalizedNames;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A ticket with the names of what it points at, for the form, the API and the portal. */
public record TicketView(
    long id,
    long version,
    String reference,
    String subject,
    @Nullable String description,
    long teamId,
    String teamName,
    long stageId,
    String stageName,
    @Nullable String stageNameVi,
    @Nullable Long assigneeId,
    @Nullable String assigneeName,
    int priority,
    @Nullable Long customerId,
    @Nullable String customerName,
    @Nullable String email,
    @Nullable Long productId,
    @Nullable Long lotId,
    @Nullable Long salesOrderId,
    List<Long> tagIds,
    Instant createdAt,
    @Nullable Instant closedAt) {

  public boolean closed() {
    return closedAt != null;
  }

  /** The stage's name in the reader's language. */
  public String stageLabel() {
    return LocalizedNames.pick(stageName, stageNameVi);
  }

  /** The draft that leaves this ticket as it is, to change a few fields of. */
  public TicketDraft toDraft() {
    return new TicketDraft(
        subject,
        description,
        teamId,
        stageId,
        assigneeId,
        priority,
        customerId,
        email,
        productId,
        lotId,
        salesOrderId,
        tagIds);
  }
}

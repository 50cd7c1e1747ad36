package io.afterdesk.helpdesk;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a ticket should be, as a form or the API gives it. {@code stageId} null means the team's
 * first stage (new ticket) or the current one (update); a blank email takes the customer's.
 */
public record TicketDraft(
    String subject,
    @Nullable String description,
    long teamId,
    @Nullable Long stageId,
    @Nullable Long assigneeId,
    int priority,
    @Nullable Long customerId,
    @Nullable String email,
    @Nullable Long productId,
    @Nullable Long lotId,
    @Nullable Long salesOrderId,
    List<Long> tagIds) {}

package io.afterdesk.helpdesk;

import org.jspecify.annotations.Nullable;

/**
 * The filters of the ticket list; all optional. {@code mine} keeps the current user's tickets,
 * {@code unassigned} those without assignee, {@code open} true/false the open/closed ones.
 */
public record TicketFilter(
    @Nullable Long teamId,
    @Nullable Long stageId,
    @Nullable Long assigneeId,
    @Nullable Long customerId,
    boolean mine,
    boolean unassigned,
    @Nullable Boolean open) {

  public static TicketFilter none() {
    return new TicketFilter(null, null, null, null, false, false, null);
  }
}

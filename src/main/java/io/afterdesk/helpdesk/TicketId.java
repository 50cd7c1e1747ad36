package io.afterdesk.helpdesk;

import io.afterdesk.common.DocumentRef;

/**
 * A ticket's id, typed so that a signature taking a ticket and documents cannot swap them (every
 * after-sales action takes one of these and document ids of its own).
 */
public record TicketId(long value) {

  public static TicketId of(long value) {
    return new TicketId(value);
  }

  /** The ticket as a thread and link target. */
  public DocumentRef ref() {
    return Tickets.ref(value);
  }
}

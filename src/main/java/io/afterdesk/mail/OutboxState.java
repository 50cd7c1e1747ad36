package io.afterdesk.mail;

import java.util.Map;
import java.util.Set;

/**
 * Where an outgoing email is: waiting, being sent by one dispatcher, sent, or given up on. A failed
 * mail can be queued again by an admin; a mail being sent returns to the queue on an SMTP error (or
 * when its dispatcher died).
 */
public enum OutboxState {
  QUEUED,
  SENDING,
  SENT,
  FAILED;

  private static final Map<OutboxState, Set<OutboxState>> NEXT =
      Map.of(
          QUEUED, Set.of(SENDING),
          SENDING, Set.of(SENT, QUEUED, FAILED, SENDING),
          SENT, Set.of(),
          FAILED, Set.of(QUEUED));

  public boolean canBecome(OutboxState next) {
    return NEXT.get(this).contains(next);
  }
}

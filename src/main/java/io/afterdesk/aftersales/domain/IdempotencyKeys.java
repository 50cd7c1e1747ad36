package io.afterdesk.aftersales.domain;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.StaffPrincipal;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first result of an after-sales action per idempotency key, stored in the transaction of the
 * action: a concurrent repeat waits on the key's row and then replays the committed result; a
 * repeat after a rolled-back first try runs again. Keys are per caller (the signed-in staff user):
 * the same key sent by another user is another action, never a replay of someone else's.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class IdempotencyKeys {

  /** The caller of actions run without a signed-in staff user (jobs). */
  private static final long SYSTEM = 0L;

  private final JdbcClient jdbc;
  private final CurrentUser currentUser;

  IdempotencyKeys(JdbcClient jdbc, CurrentUser currentUser) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
  }

  /**
   * Claims the caller's key for this action, or answers the result stored by the caller's first
   * call. 409 when the caller used the key for another ticket, action or request.
   */
  public Optional<String> claim(String key, long ticketId, String action, String requestHash) {
    long caller = caller();
    int inserted =
        jdbc.sql(
                "insert into aftersales_idempotency (caller_id, idempotency_key, ticket_id, action,"
                    + " request_hash) values (:caller, :key, :ticket, :action, :hash)"
                    + " on conflict (caller_id, idempotency_key) do nothing")
            .param("caller", caller)
            .param("key", key)
            .param("ticket", ticketId)
            .param("action", action)
            .param("hash", requestHash)
            .update();
    if (inserted == 1) {
      return Optional.empty();
    }
    record Stored(long ticketId, String action, String requestHash, String result) {}
    Stored stored =
        jdbc.sql(
                "select ticket_id, action, request_hash, result from aftersales_idempotency"
                    + " where caller_id = :caller and idempotency_key = :key")
            .param("caller", caller)
            .param("key", key)
            .query(Stored.class)
            .single();
    if (stored.ticketId() != ticketId
        || !stored.action().equals(action)
        || !stored.requestHash().equals(requestHash)
        || stored.result() == null) {
      throw new BusinessRuleException("aftersales.idempotency.conflict");
    }
    return Optional.of(stored.result());
  }

  public void complete(String key, String result) {
    jdbc.sql(
            "update aftersales_idempotency set result = :result"
                + " where caller_id = :caller and idempotency_key = :key")
        .param("result", result)
        .param("caller", caller())
        .param("key", key)
        .update();
  }

  private long caller() {
    return currentUser.principal().map(StaffPrincipal::userId).orElse(SYSTEM);
  }
}

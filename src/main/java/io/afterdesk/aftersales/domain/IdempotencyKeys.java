package io.afterdesk.aftersales.domain;

import io.afterdesk.common.BusinessRuleException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first result of an after-sales action per idempotency key, stored in the transaction of the
 * action: a concurrent repeat waits on the key's row and then replays the committed result; a
 * repeat after a rolled-back first try runs again.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class IdempotencyKeys {

  private final JdbcClient jdbc;

  IdempotencyKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Claims the key for this action, or answers the result stored by the first call. 409 when the
   * key was used for another ticket, action or request.
   */
  public Optional<String> claim(String key, long ticketId, String action, String requestHash) {
    int inserted =
        jdbc.sql(
                "insert into aftersales_idempotency (idempotency_key, ticket_id, action,"
                    + " request_hash) values (:key, :ticket, :action, :hash)"
                    + " on conflict (idempotency_key) do nothing")
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
                    + " where idempotency_key = :key")
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
    jdbc.sql("update aftersales_idempotency set result = :result where idempotency_key = :key")
        .param("result", result)
        .param("key", key)
        .update();
  }
}

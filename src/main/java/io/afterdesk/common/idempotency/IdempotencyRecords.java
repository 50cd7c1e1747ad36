package io.afterdesk.common.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The table of idempotency keys. A key is claimed by an insert that only one of several concurrent
 * requests can win; claims left by a crashed process are taken over after a while.
 */
@Component
public class IdempotencyRecords {

  private static final Logger log = LoggerFactory.getLogger(IdempotencyRecords.class);

  /** Keys are kept at least this long (the API promises 24 hours). */
  static final Duration RETENTION = Duration.ofHours(48);

  /** A claim older than this without an answer belongs to a process that died. */
  static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

  private final JdbcClient jdbc;

  IdempotencyRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean claim(String principal, String key, String fingerprint) {
    jdbc.sql(
            "delete from idempotency_record where principal = :principal and key = :key"
                + " and response_status is null and created_at < :abandoned")
        .param("principal", principal)
        .param("key", key)
        .param("abandoned", java.sql.Timestamp.from(Instant.now().minus(ABANDONED_AFTER)))
        .update();
    return jdbc.sql(
                "insert into idempotency_record (principal, key, fingerprint, created_at)"
                    + " values (:principal, :key, :fingerprint, now()) on conflict do nothing")
            .param("principal", principal)
            .param("key", key)
            .param("fingerprint", fingerprint)
            .update()
        == 1;
  }

  Optional<IdempotencyRecord> find(String principal, String key) {
    return jdbc.sql(
            "select fingerprint, response_status, content_type, response_location, response_body"
                + " from idempotency_record where principal = :principal and key = :key")
        .param("principal", principal)
        .param("key", key)
        .query(
            (rs, row) ->
                new IdempotencyRecord(
                    rs.getString("fingerprint"),
                    (Integer) rs.getObject("response_status"),
                    rs.getString("content_type"),
                    rs.getString("response_location"),
                    rs.getBytes("response_body")))
        .optional();
  }

  void complete(
      String principal,
      String key,
      int status,
      @Nullable String contentType,
      @Nullable String location,
      byte[] body) {
    jdbc.sql(
            "update idempotency_record set response_status = :status, content_type = :type,"
                + " response_location = :location, response_body = :body"
                + " where principal = :principal and key = :key")
        .param("status", status)
        .param("type", contentType)
        .param("location", location)
        .param("body", body)
        .param("principal", principal)
        .param("key", key)
        .update();
  }

  void release(String principal, String key) {
    jdbc.sql(
            "delete from idempotency_record where principal = :principal and key = :key"
                + " and response_status is null")
        .param("principal", principal)
        .param("key", key)
        .update();
  }

  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
  void forgetOldKeys() {
    int removed =
        jdbc.sql("delete from idempotency_record where created_at < :cutoff")
            .param("cutoff", java.sql.Timestamp.from(Instant.now().minus(RETENTION)))
            .update();
    if (removed > 0) {
      log.debug("Forgot {} idempotency keys older than {}", removed, RETENTION);
    }
  }
}

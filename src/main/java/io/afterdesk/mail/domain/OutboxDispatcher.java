package io.afterdesk.mail.domain;

import io.afterdesk.mail.Outbox;
import io.afterdesk.mail.OutboxEntry;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox over SMTP; exists only when {@code spring.mail.host} is set. Each run claims due
 * rows in a short transaction ({@code FOR UPDATE SKIP LOCKED}, so dispatchers on several nodes
 * never take the same row), sends them outside any transaction and marks each SENT, or on an SMTP
 * error queues it again with exponential back-off (base × 2^(attempts−1)) until the last attempt
 * marks it FAILED. A row claimed by a dispatcher that died is claimed again after the claim
 * timeout; it keeps its Message-ID.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
public class OutboxDispatcher {

  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final JavaMailSender sender;
  private final MimeMessages messages;
  private final Outbox outbox;
  private final Duration retryBase;
  private final int maxAttempts;
  private final Duration claimTimeout;
  private final int batchSize;

  OutboxDispatcher(
      JdbcClient jdbc,
      TransactionTemplate transactions,
      JavaMailSender sender,
      Outbox outbox,
      @Value("${afterdesk.mail.from:Afterdesk <no-reply@afterdesk.local>}") String from,
      @Value("${afterdesk.mail.retry-base:PT1M}") Duration retryBase,
      @Value("${afterdesk.mail.max-attempts:8}") int maxAttempts,
      @Value("${afterdesk.mail.claim-timeout:PT5M}") Duration claimTimeout,
      @Value("${afterdesk.mail.batch-size:20}") int batchSize) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.sender = sender;
    this.messages = new MimeMessages(sender, from);
    this.outbox = outbox;
    this.retryBase = retryBase;
    this.maxAttempts = maxAttempts;
    this.claimTimeout = claimTimeout;
    this.batchSize = batchSize;
  }

  @Scheduled(
      fixedDelayString = "${afterdesk.mail.dispatch-interval:PT10S}",
      initialDelayString = "${afterdesk.mail.dispatch-initial-delay:PT10S}")
  void scheduled() {
    try {
      dispatch();
    } catch (RuntimeException e) {
      log.warn("Outbox dispatch failed: {}", e.toString());
    }
  }

  /** Claims and sends the due emails, batch after batch; how many were sent. */
  public int dispatch() {
    int sent = 0;
    while (true) {
      List<Claim> claims = claim(batchSize);
      if (claims.isEmpty()) {
        return sent;
      }
      for (Claim claim : claims) {
        if (send(claim)) {
          sent++;
        }
      }
      if (claims.size() < batchSize) {
        return sent;
      }
    }
  }

  /**
   * Claims up to {@code limit} due rows: queued rows whose time has come, and rows another
   * dispatcher claimed longer than the claim timeout ago (it died). Commits at once.
   */
  public List<Claim> claim(int limit) {
    List<Claim> claims =
        transactions.execute(
            status ->
                jdbc.sql(
                        "update mail_outbox o set state = 'SENDING', claimed_at = clock_timestamp(),"
                            + " attempts = o.attempts + 1 where o.id in (select id from mail_outbox"
                            + " where (state = 'QUEUED' and next_attempt_at <= clock_timestamp())"
                            + " or (state = 'SENDING' and claimed_at < clock_timestamp() -"
                            + " make_interval(secs => :timeout)) order by next_attempt_at, id"
                            + " limit :limit for update skip locked)"
                            + " returning o.id, o.claimed_at, o.attempts")
                    .param("timeout", (double) claimTimeout.toSeconds())
                    .param("limit", limit)
                    .query(
                        (rs, row) ->
                            new Claim(
                                rs.getLong("id"),
                                rs.getTimestamp("claimed_at"),
                                rs.getInt("attempts")))
                    .list());
    return claims == null ? List.of() : claims;
  }

  /** Sends one claimed row and records the result; true when it was sent. */
  public boolean send(Claim claim) {
    OutboxEntry entry = outbox.get(claim.id());
    try {
      sender.send(messages.of(entry, outbox.attachmentsOf(entry.id())));
    } catch (MailException | MessagingException e) {
      fail(claim, e);
      return false;
    }
    jdbc.sql(
            "update mail_outbox set state = 'SENT', sent_at = clock_timestamp(), last_error = null"
                + " where id = :id and state = 'SENDING' and claimed_at = :claimedAt")
        .param("id", claim.id())
        .param("claimedAt", claim.claimedAt())
        .update();
    return true;
  }

  private void fail(Claim claim, Exception e) {
    String error = describe(e);
    boolean last = claim.attempts() >= maxAttempts;
    long delaySeconds = retryBase.toSeconds() << Math.min(Math.max(claim.attempts() - 1, 0), 20);
    log.warn("Mail {} not sent (attempt {}): {}", claim.id(), claim.attempts(), error);
    jdbc.sql(
            "update mail_outbox set state = :state, last_error = :error, claimed_at = null,"
                + " next_attempt_at = clock_timestamp() + make_interval(secs => :delay)"
                + " where id = :id and state = 'SENDING' and claimed_at = :claimedAt")
        .param("state", last ? "FAILED" : "QUEUED")
        .param("error", error)
        .param("delay", (double) delaySeconds)
        .param("id", claim.id())
        .param("claimedAt", claim.claimedAt())
        .update();
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null && text.length() < 1500; t = t.getCause()) {
      if (!text.isEmpty()) {
        text.append(" ← ");
      }
      text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
      if (t.getCause() == t) {
        break;
      }
    }
    return text.toString();
  }

  /** A claimed row: its id, when it was claimed (our fence) and its attempt number. */
  public record Claim(long id, java.sql.Timestamp claimedAt, int attempts) {}
}

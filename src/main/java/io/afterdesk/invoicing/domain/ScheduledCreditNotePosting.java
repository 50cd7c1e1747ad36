package io.afterdesk.invoicing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Credit notes dated later than the day they are made stay draft and scheduled; {@link #postDue}
 * posts those that are due, once, even with several nodes: each row is claimed with {@code FOR
 * UPDATE SKIP LOCKED} and marked done in the transaction that claimed it, the posting itself in a
 * transaction of its own (a refused posting is recorded, not retried forever).
 */
@Component
public class ScheduledCreditNotePosting {

  /** The outcome recorded for a credit note that was posted. */
  public static final String POSTED = "POSTED";

  /** Posts one credit note (in a transaction of its own) and answers the outcome to record. */
  @FunctionalInterface
  public interface Posting {
    String post(long creditNoteId);
  }

  private static final Logger LOG = LoggerFactory.getLogger(ScheduledCreditNotePosting.class);

  private final JdbcClient jdbc;
  private final TransactionTemplate claim;
  private final TransactionTemplate posting;

  ScheduledCreditNotePosting(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.claim = new TransactionTemplate(transactions);
    this.posting = new TransactionTemplate(transactions);
    this.posting.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Schedules a draft credit note's posting on {@code postOn} (in the caller's transaction). */
  public void schedule(long creditNoteId, LocalDate postOn) {
    jdbc.sql(
            "insert into invoicing_scheduled_posting (credit_note_id, post_on)"
                + " values (:note, :on)")
        .param("note", creditNoteId)
        .param("on", postOn)
        .update();
  }

  /** The date a credit note waits for, while it waits. */
  public Optional<LocalDate> scheduledDateOf(long creditNoteId) {
    return jdbc.sql(
            "select post_on from invoicing_scheduled_posting"
                + " where credit_note_id = :note and done_at is null")
        .param("note", creditNoteId)
        .query(LocalDate.class)
        .optional();
  }

  /** Posts with {@code post} every credit note due on {@code today}; answers how many it posted. */
  public int postDue(LocalDate today, Posting post) {
    int posted = 0;
    Boolean outcome;
    while ((outcome = claim.execute(status -> postNext(today, post))) != null) {
      if (outcome) {
        posted++;
      }
    }
    return posted;
  }

  /** Claims one due row and posts it: true posted, false refused, null nothing due. */
  private Boolean postNext(LocalDate today, Posting post) {
    Optional<Long> due =
        jdbc.sql(
                "select credit_note_id from invoicing_scheduled_posting"
                    + " where done_at is null and post_on <= :today"
                    + " order by post_on, credit_note_id limit 1 for update skip locked")
            .param("today", today)
            .query(Long.class)
            .optional();
    if (due.isEmpty()) {
      return null;
    }
    long noteId = due.get();
    String outcome;
    try {
      outcome = posting.execute(status -> post.post(noteId));
    } catch (RuntimeException e) {
      LOG.warn("Scheduled credit note {} could not be posted: {}", noteId, e.getMessage());
      outcome = "FAILED: " + e.getMessage();
    }
    jdbc.sql(
            "update invoicing_scheduled_posting set done_at = :now, outcome = :outcome"
                + " where credit_note_id = :note")
        .param("now", java.sql.Timestamp.from(Instant.now()))
        .param("outcome", outcome)
        .param("note", noteId)
        .update();
    return POSTED.equals(outcome);
  }
}

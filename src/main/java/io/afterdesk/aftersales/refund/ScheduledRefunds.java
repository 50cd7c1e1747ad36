package io.afterdesk.aftersales.refund;

import io.afterdesk.invoicing.InvoiceView;
import io.afterdesk.invoicing.Invoices;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Credit notes with a reversal date in the future stay draft and scheduled; this job posts those
 * that are due, once, even with several nodes: each row is claimed with {@code FOR UPDATE SKIP
 * LOCKED} and marked done in the transaction that posts it.
 */
@Component
public class ScheduledRefunds {

  private static final Logger LOG = LoggerFactory.getLogger(ScheduledRefunds.class);

  private final JdbcClient jdbc;
  private final Invoices invoices;
  private final TransactionTemplate claim;
  private final TransactionTemplate posting;

  ScheduledRefunds(JdbcClient jdbc, Invoices invoices, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.invoices = invoices;
    this.claim = new TransactionTemplate(transactions);
    this.posting = new TransactionTemplate(transactions);
    this.posting.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  void schedule(long creditNoteId, long ticketId, LocalDate postOn) {
    jdbc.sql(
            "insert into aftersales_scheduled_posting (credit_note_id, ticket_id, post_on)"
                + " values (:note, :ticket, :on)")
        .param("note", creditNoteId)
        .param("ticket", ticketId)
        .param("on", postOn)
        .update();
  }

  /** Whether a credit note waits for its reversal date (and which). */
  public Optional<LocalDate> scheduledDateOf(long creditNoteId) {
    return jdbc.sql(
            "select post_on from aftersales_scheduled_posting"
                + " where credit_note_id = :note and done_at is null")
        .param("note", creditNoteId)
        .query(LocalDate.class)
        .optional();
  }

  @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
  void run() {
    postDue(LocalDate.now());
  }

  /** Posts every scheduled credit note due on {@code today}; answers how many it posted. */
  public int postDue(LocalDate today) {
    int posted = 0;
    while (true) {
      Boolean outcome = claim.execute(status -> postNext(today));
      if (outcome == null) {
        return posted;
      }
      if (outcome) {
        posted++;
      }
    }
  }

  /** Claims one due row and posts it: true posted, false skipped/failed, null nothing due. */
  private Boolean postNext(LocalDate today) {
    Optional<Long> due =
        jdbc.sql(
                "select credit_note_id from aftersales_scheduled_posting"
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
    Optional<InvoiceView> note = invoices.find(noteId);
    if (note.isEmpty() || !note.get().isDraft()) {
      outcome = note.map(n -> n.state().name()).orElse("GONE");
    } else {
      try {
        posting.executeWithoutResult(status -> invoices.post(noteId));
        outcome = "POSTED";
      } catch (RuntimeException e) {
        LOG.warn("Scheduled credit note {} could not be posted: {}", noteId, e.getMessage());
        outcome = "FAILED: " + e.getMessage();
      }
    }
    jdbc.sql(
            "update aftersales_scheduled_posting set done_at = :now, outcome = :outcome"
                + " where credit_note_id = :note")
        .param("now", java.sql.Timestamp.from(Instant.now()))
        .param("outcome", outcome)
        .param("note", noteId)
        .update();
    return "POSTED".equals(outcome);
  }
}

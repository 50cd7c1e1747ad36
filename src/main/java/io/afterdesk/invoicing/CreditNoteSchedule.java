package io.afterdesk.invoicing;

import io.afterdesk.invoicing.domain.ScheduledCreditNotePosting;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Credit notes posted on their date: a caller (the refund wizard) schedules a draft; the job posts
 * what is due, once across nodes, and leaves alone a note cancelled or posted by hand meanwhile.
 */
@Service
public class CreditNoteSchedule {

  private final ScheduledCreditNotePosting schedule;
  private final Invoices invoices;

  CreditNoteSchedule(ScheduledCreditNotePosting schedule, Invoices invoices) {
    this.schedule = schedule;
    this.invoices = invoices;
  }

  /** Posts the draft credit note on {@code postOn} (written in the caller's transaction). */
  public void schedule(InvoiceId creditNoteId, LocalDate postOn) {
    schedule.schedule(creditNoteId.value(), postOn);
  }

  /** The date a credit note waits for, while it waits. */
  public Optional<LocalDate> scheduledDateOf(InvoiceId creditNoteId) {
    return schedule.scheduledDateOf(creditNoteId.value());
  }

  @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
  void run() {
    postDue(LocalDate.now());
  }

  /** Posts every scheduled credit note due on {@code today}; answers how many it posted. */
  public int postDue(LocalDate today) {
    return schedule.postDue(today, this::postIfDraft);
  }

  private String postIfDraft(long creditNoteId) {
    Optional<InvoiceView> note = invoices.find(creditNoteId);
    if (note.isEmpty() || !note.get().isDraft()) {
      return note.map(n -> n.state().name()).orElse("GONE");
    }
    invoices.post(creditNoteId);
    return ScheduledCreditNotePosting.POSTED;
  }
}

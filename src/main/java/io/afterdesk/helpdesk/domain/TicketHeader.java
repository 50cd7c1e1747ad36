package io.afterdesk.helpdesk.domain;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.TextLimits;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a ticket is called and where it came from: its reference, subject and description, who
 * opened it and when. Only the subject and description change after opening.
 */
public record TicketHeader(
    String reference,
    String subject,
    @Nullable String description,
    @Nullable Long createdBy,
    Instant createdAt) {

  /** A new header; the subject is required and both texts are stripped and length-checked. */
  static TicketHeader opened(
      String reference,
      String subject,
      @Nullable String description,
      @Nullable Long createdBy,
      Instant createdAt) {
    return new TicketHeader(
        reference, requireSubject(subject), describedAs(description), createdBy, createdAt);
  }

  TicketHeader describedAs(String newSubject, @Nullable String newDescription) {
    return new TicketHeader(
        reference, requireSubject(newSubject), describedAs(newDescription), createdBy, createdAt);
  }

  TicketHeader openedAt(Instant when) {
    return new TicketHeader(reference, subject, description, createdBy, when);
  }

  private static String requireSubject(String subject) {
    if (subject == null || subject.isBlank()) {
      throw FieldValidationException.of("subject", "helpdesk.ticket.subject-required");
    }
    return TextLimits.atMost(subject.strip(), TextLimits.SUBJECT, "subject");
  }

  private static @Nullable String describedAs(@Nullable String description) {
    return TextLimits.atMost(
        Ticket.blankToNull(description), TextLimits.DESCRIPTION, "description");
  }
}

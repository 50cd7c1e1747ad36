package io.afterdesk.mail;

import io.afterdesk.common.DocumentRef;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of the outbox, as the Settings page shows it. */
public record OutboxEntry(
    long id,
    String messageId,
    MailPurpose purpose,
    @Nullable DocumentRef document,
    String recipientEmail,
    @Nullable String recipientName,
    String subject,
    String bodyHtml,
    String bodyText,
    @Nullable String inReplyTo,
    @Nullable String references,
    OutboxState state,
    int attempts,
    Instant nextAttemptAt,
    @Nullable Instant claimedAt,
    @Nullable String lastError,
    Instant createdAt,
    @Nullable Instant sentAt) {}

package io.afterdesk.mail;

import io.afterdesk.common.DocumentRef;
import java.time.Instant;

/** A message or note was added to a thread (the outbox will email messages to followers). */
public record MessagePosted(
    long messageId, DocumentRef document, MessageKind kind, Instant occurredAt) {}

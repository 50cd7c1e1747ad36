package io.afterdesk.mail;

import io.afterdesk.common.DocumentRef;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An entry of a thread. {@code body} is plain text (pages escape it). A system entry may carry a
 * link to the document it is about.
 */
public record Message(
    long id,
    DocumentRef document,
    MessageKind kind,
    String body,
    @Nullable Long authorUserId,
    @Nullable Long authorCustomerId,
    String authorName,
    @Nullable String linkLabel,
    @Nullable String linkUrl,
    List<TrackedChange> changes,
    Instant createdAt) {}

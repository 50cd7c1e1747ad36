package io.afterdesk.mail;

import io.afterdesk.common.DocumentRef;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An entry of a thread. {@code body} is plain text (pages escape it). A system entry may carry a
 * link to the document it is about. An entry written by the application may also carry a message
 * key with its arguments ({@code bodyKey}, {@code bodyArgs}): pages render that in the reader's
 * language, {@code body} holds its English text.
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
    Instant createdAt,
    @Nullable String bodyKey,
    List<String> bodyArgs) {

  /** This entry with its tracked changes (read from their own table). */
  Message withChanges(List<TrackedChange> trackedChanges) {
    return new Message(
        id,
        document,
        kind,
        body,
        authorUserId,
        authorCustomerId,
        authorName,
        linkLabel,
        linkUrl,
        trackedChanges,
        createdAt,
        bodyKey,
        bodyArgs);
  }
}

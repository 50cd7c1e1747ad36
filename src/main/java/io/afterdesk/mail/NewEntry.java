package io.afterdesk.mail;

import io.afterdesk.common.DocumentRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a thread entry holds before it is stored (see {@link Message} for the fields). */
record NewEntry(
    DocumentRef document,
    MessageKind kind,
    Author author,
    String body,
    @Nullable String linkLabel,
    @Nullable String linkUrl,
    List<TrackedChange> changes,
    @Nullable String bodyKey,
    List<String> bodyArgs) {

  /** A plain entry: no link, no tracked change, no message key. */
  static NewEntry of(DocumentRef document, MessageKind kind, Author author, String body) {
    return new NewEntry(document, kind, author, body, null, null, List.of(), null, List.of());
  }
}

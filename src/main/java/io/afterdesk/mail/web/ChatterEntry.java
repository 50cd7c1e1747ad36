package io.afterdesk.mail.web;

import io.afterdesk.mail.Message;
import io.afterdesk.mail.MessageKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the chatter as the page shows it: the message, its text in the reader's language,
 * its CSS class, when it was written (relative and absolute), the tracked changes with readable
 * field names, and its link when the link is safe to show, with the linked document's current
 * label.
 */
record ChatterEntry(
    Message message,
    String body,
    String ago,
    String at,
    List<Change> changes,
    @Nullable String linkUrl,
    @Nullable String linkLabel) {

  /** A tracked change with its field label and display values. */
  record Change(String label, String oldValue, String newValue) {}

  public String cssClass() {
    return switch (message.kind()) {
      case MESSAGE -> "message";
      case NOTE -> "message note";
      case TRACKING -> "message tracking";
      case SYSTEM -> "message system";
    };
  }

  public boolean byCustomer() {
    return message.authorCustomerId() != null;
  }

  public boolean isNote() {
    return message.kind() == MessageKind.NOTE;
  }

  public String initial() {
    String name = message.authorName().strip();
    return name.isEmpty() ? "?" : name.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
  }
}

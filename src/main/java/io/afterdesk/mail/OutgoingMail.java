package io.afterdesk.mail;

import io.afterdesk.common.DocumentRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An email to queue: one recipient, the rendered subject and bodies, the document it is about (if
 * any), the Message-IDs it replies to (for threading) and its attachments.
 */
public record OutgoingMail(
    MailPurpose purpose,
    String recipientEmail,
    @Nullable String recipientName,
    String subject,
    String bodyHtml,
    String bodyText,
    @Nullable DocumentRef document,
    @Nullable String inReplyTo,
    @Nullable String references,
    List<MailAttachment> attachments) {

  public OutgoingMail {
    attachments = List.copyOf(attachments);
  }

  public static OutgoingMail of(
      MailPurpose purpose,
      String recipientEmail,
      @Nullable String recipientName,
      RenderedMail rendered,
      @Nullable DocumentRef document) {
    return new OutgoingMail(
        purpose,
        recipientEmail,
        recipientName,
        rendered.subject(),
        rendered.html(),
        rendered.text(),
        document,
        null,
        null,
        List.of());
  }
}

package io.afterdesk.mail.domain;

import io.afterdesk.mail.MailAttachment;
import io.afterdesk.mail.OutboxEntry;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.List;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * An outbox entry as the MIME message that goes over SMTP: the Message-ID chosen when it was queued
 * (so a resend is recognised as the same email), threading headers and attachments.
 */
final class MimeMessages {

  private final JavaMailSender sender;
  private final String from;

  MimeMessages(JavaMailSender sender, String from) {
    this.sender = sender;
    this.from = from;
  }

  MimeMessage of(OutboxEntry entry, List<MailAttachment> attachments) throws MessagingException {
    Session session =
        sender instanceof JavaMailSenderImpl impl
            ? impl.getSession()
            : sender.createMimeMessage().getSession();
    MimeMessage message = new FixedIdMimeMessage(session, entry.messageId());
    MimeMessageHelper helper =
        new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
    helper.setFrom(from);
    if (entry.recipientName() != null && !entry.recipientName().isBlank()) {
      try {
        helper.setTo(new InternetAddress(entry.recipientEmail(), entry.recipientName(), "UTF-8"));
      } catch (UnsupportedEncodingException e) {
        helper.setTo(entry.recipientEmail());
      }
    } else {
      helper.setTo(entry.recipientEmail());
    }
    helper.setSubject(entry.subject());
    helper.setText(entry.bodyText(), entry.bodyHtml());
    for (MailAttachment attachment : attachments) {
      helper.addAttachment(
          attachment.filename(),
          new ByteArrayResource(attachment.content()),
          attachment.contentType());
    }
    if (entry.inReplyTo() != null) {
      message.setHeader("In-Reply-To", entry.inReplyTo());
    }
    if (entry.references() != null) {
      message.setHeader("References", entry.references());
    }
    message.setHeader("Auto-Submitted", "auto-generated");
    return message;
  }

  /** Keeps the Message-ID chosen at enqueue instead of the one JavaMail would generate. */
  private static final class FixedIdMimeMessage extends MimeMessage {

    private final String messageId;

    FixedIdMimeMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}

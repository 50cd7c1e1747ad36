package io.afterdesk.mail.domain;

import io.afterdesk.common.AfterdeskProperties;
import io.afterdesk.common.demo.DemoDataLoading;
import io.afterdesk.mail.MailAttachment;
import io.afterdesk.mail.MailPurpose;
import io.afterdesk.mail.MailTemplates;
import io.afterdesk.mail.Message;
import io.afterdesk.mail.Outbox;
import io.afterdesk.mail.OutgoingMail;
import io.afterdesk.mail.Recipient;
import io.afterdesk.mail.RenderedMail;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns a message of a thread into one queued email per recipient, in the recipient's language,
 * saying which document it is about and linking to it (portal link for customers, staff link for
 * staff, none for other addresses). Every email of a thread replies to the thread's own Message-ID
 * so mail clients group them.
 */
@Component
public class ThreadMail {

  private final Outbox outbox;
  private final MailTemplates templates;
  private final ThreadDocuments documents;
  private final RecipientLanguages languages;
  private final AfterdeskProperties properties;

  ThreadMail(
      Outbox outbox,
      MailTemplates templates,
      ThreadDocuments documents,
      RecipientLanguages languages,
      AfterdeskProperties properties) {
    this.outbox = outbox;
    this.templates = templates;
    this.documents = documents;
    this.languages = languages;
    this.properties = properties;
  }

  /**
   * Queues the message to each recipient with an email address (each address once); the number of
   * emails queued.
   */
  public int send(
      Message message,
      List<Recipient> recipients,
      @Nullable String subject,
      List<MailAttachment> attachments) {
    if (DemoDataLoading.isActive()) {
      return 0;
    }
    String title = documents.title(message.document());
    String threadId = outbox.threadId(message.document());
    Set<String> seen = new LinkedHashSet<>();
    int queued = 0;
    for (Recipient recipient : recipients) {
      String email = recipient.email().trim();
      if (email.isEmpty() || !seen.add(email.toLowerCase(Locale.ROOT))) {
        continue;
      }
      Optional<String> path =
          recipient.customerId() != null
              ? documents.customerUrl(message.document())
              : recipient.userId() != null
                  ? documents.staffUrl(message.document())
                  : Optional.empty();
      Map<String, Object> variables = new HashMap<>();
      variables.put("company", properties.company());
      variables.put("recipientName", recipient.name() == null ? email : recipient.name());
      variables.put("authorName", message.authorName());
      variables.put("documentTitle", title);
      variables.put("link", path.map(p -> properties.baseAddress() + p).orElse(null));
      variables.put("body", message.body());
      RenderedMail rendered =
          templates.render(MailPurpose.TICKET_MESSAGE, languages.of(email), variables);
      String finalSubject =
          subject == null || subject.isBlank() ? rendered.subject() : subject.strip();
      outbox.enqueue(
          new OutgoingMail(
              MailPurpose.TICKET_MESSAGE,
              email,
              recipient.name(),
              finalSubject,
              rendered.html(),
              rendered.text(),
              message.document(),
              threadId,
              threadId,
              attachments));
      queued++;
    }
    return queued;
  }
}

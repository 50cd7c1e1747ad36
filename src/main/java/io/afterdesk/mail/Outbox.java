package io.afterdesk.mail;

import io.afterdesk.common.BusinessRuleException;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox of outgoing emails. {@link #enqueue} joins the caller's transaction, so an email
 * exists exactly when the action that caused it was committed; a dispatcher sends queued rows over
 * SMTP when {@code spring.mail.host} is set. Each row gets its Message-ID when it is queued, so a
 * resend after a crash carries the same one and receivers can drop the duplicate.
 */
@Service
@Transactional
public class Outbox {

  private final JdbcClient jdbc;
  private final OutboxRows rows;
  private final String domain;

  Outbox(
      JdbcClient jdbc,
      OutboxRows rows,
      @Value("${afterdesk.base-url:http://localhost}") String baseUrl) {
    this.jdbc = jdbc;
    this.rows = rows;
    this.domain = hostOf(baseUrl);
  }

  /** Queues the email in the current transaction; the id of its outbox row. */
  @Transactional(propagation = Propagation.MANDATORY)
  public long enqueue(OutgoingMail mail) {
    DocumentRef document = mail.document();
    long id =
        jdbc.sql(
                "insert into mail_outbox (message_id, purpose, document_type, document_id,"
                    + " recipient_email, recipient_name, subject, body_html, body_text, in_reply_to,"
                    + " references_ids, state, attempts, next_attempt_at, created_at) values"
                    + " (:messageId, :purpose, :type, :doc, :email, :name, :subject, :html, :text,"
                    + " :inReplyTo, :references, 'QUEUED', 0, clock_timestamp(), clock_timestamp())"
                    + " returning id")
            .param("messageId", newMessageId())
            .param("purpose", mail.purpose().name())
            .param("type", document == null ? null : document.type())
            .param("doc", document == null ? null : document.id())
            .param("email", mail.recipientEmail().trim())
            .param("name", mail.recipientName())
            .param("subject", mail.subject())
            .param("html", mail.bodyHtml())
            .param("text", mail.bodyText())
            .param("inReplyTo", mail.inReplyTo())
            .param("references", mail.references())
            .query(Long.class)
            .single();
    for (MailAttachment attachment : mail.attachments()) {
      jdbc.sql(
              "insert into mail_outbox_attachment (outbox_id, filename, content_type, content)"
                  + " values (:id, :name, :type, :content)")
          .param("id", id)
          .param("name", attachment.filename())
          .param("type", attachment.contentType())
          .param("content", attachment.content())
          .update();
    }
    return id;
  }

  /** A new globally unique Message-ID, {@code <uuid@host-of-base-url>}. */
  public String newMessageId() {
    return "<" + UUID.randomUUID() + "@" + domain + ">";
  }

  /**
   * The Message-ID every email of a document's thread refers to (In-Reply-To/References), so mail
   * clients show them as one conversation.
   */
  public String threadId(DocumentRef document) {
    return "<thread." + document.type() + "." + document.id() + "@" + domain + ">";
  }

  @Transactional(readOnly = true)
  public Optional<OutboxEntry> find(long id) {
    return jdbc.sql("select * from mail_outbox where id = :id")
        .param("id", id)
        .query(OutboxRows::map)
        .optional();
  }

  @Transactional(readOnly = true)
  public OutboxEntry get(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("Outgoing mail", id));
  }

  @Transactional(readOnly = true)
  public List<MailAttachment> attachmentsOf(long id) {
    return jdbc.sql(
            "select filename, content_type, content from mail_outbox_attachment"
                + " where outbox_id = :id order by id")
        .param("id", id)
        .query(
            (rs, row) ->
                new MailAttachment(
                    rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content")))
        .list();
  }

  /** The emails queued for a document, newest first. */
  @Transactional(readOnly = true)
  public List<OutboxEntry> ofDocument(DocumentRef document) {
    return jdbc.sql(
            "select * from mail_outbox where document_type = :type and document_id = :id"
                + " order by id desc")
        .param("type", document.type())
        .param("id", document.id())
        .query(OutboxRows::map)
        .list();
  }

  /** One page of the outbox: search on recipient and subject, optionally one state. */
  @Transactional(readOnly = true)
  public PageResponse<OutboxEntry> page(@Nullable OutboxState state, PageQuery query) {
    return rows.page(state, query);
  }

  /** Queues a failed email again, due now, with a fresh count of attempts. */
  public void resend(long id) {
    OutboxEntry entry = get(id);
    if (!entry.state().canBecome(OutboxState.QUEUED) || entry.state() != OutboxState.FAILED) {
      throw new BusinessRuleException("mail.outbox.resend-not-failed", entry.state().name());
    }
    jdbc.sql(
            "update mail_outbox set state = 'QUEUED', attempts = 0, next_attempt_at ="
                + " clock_timestamp(), claimed_at = null where id = :id and state = 'FAILED'")
        .param("id", id)
        .update();
  }

  private static String hostOf(String baseUrl) {
    try {
      String host = URI.create(baseUrl).getHost();
      return host == null || host.isBlank() ? "afterdesk.local" : host;
    } catch (IllegalArgumentException e) {
      return "afterdesk.local";
    }
  }
}

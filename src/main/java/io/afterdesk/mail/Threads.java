package io.afterdesk.mail;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.mail.domain.ThreadMail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The threads of documents: messages, notes, tracked changes, system entries and followers. The
 * caller checks that the user may act on the document; this class only records.
 */
@Service
@Transactional
public class Threads {

  /** Separates the arguments of a keyed entry in their column. */
  private static final String ARGUMENT_SEPARATOR = "\u001f";

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final ThreadMail mail;
  private final MessageSource messages;

  Threads(
      JdbcClient jdbc, ApplicationEventPublisher events, ThreadMail mail, MessageSource messages) {
    this.jdbc = jdbc;
    this.events = events;
    this.mail = mail;
    this.messages = messages;
  }

  /**
   * A message to the followers: queued in the outbox (same transaction) to every follower with an
   * email address except its author.
   */
  public Message post(DocumentRef document, Author author, String body) {
    Message message =
        add(document, MessageKind.MESSAGE, author, body.strip(), null, null, List.of());
    List<Recipient> recipients =
        followersOf(document).stream()
            .filter(follower -> !isAuthor(follower, author))
            .map(Recipient::of)
            .toList();
    mail.send(message, recipients, null, List.of());
    return message;
  }

  /**
   * A message written in the composer: posted on the thread and queued to exactly these recipients
   * (one email each), with this subject (the template's when blank) and attachments.
   */
  public Message compose(
      DocumentRef document,
      Author author,
      String body,
      @Nullable String subject,
      List<Recipient> recipients,
      List<MailAttachment> attachments) {
    Message message =
        add(document, MessageKind.MESSAGE, author, body.strip(), null, null, List.of());
    mail.send(message, recipients, subject, attachments);
    return message;
  }

  private static boolean isAuthor(Follower follower, Author author) {
    return (author.userId() != null && author.userId().equals(follower.userId()))
        || (author.customerId() != null && author.customerId().equals(follower.customerId()));
  }

  /** An internal note: never sent to anyone. */
  public Message note(DocumentRef document, Author author, String body) {
    return add(document, MessageKind.NOTE, author, body.strip(), null, null, List.of());
  }

  /** Records changed fields (stage, assignee…); nothing is recorded when nothing changed. */
  public Optional<Message> track(DocumentRef document, Author author, List<TrackedChange> changes) {
    List<TrackedChange> real =
        changes.stream()
            .filter(change -> !java.util.Objects.equals(change.oldValue(), change.newValue()))
            .toList();
    if (real.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(add(document, MessageKind.TRACKING, author, "", null, null, real));
  }

  /** What the application did, e.g. "Refund created", with an optional link to a document. */
  public Message log(
      DocumentRef document, String body, @Nullable String linkLabel, @Nullable String linkUrl) {
    return add(document, MessageKind.SYSTEM, Author.system(), body, linkLabel, linkUrl, List.of());
  }

  /**
   * What someone did, as a message key with its arguments (e.g. "Portal access revoked by {0}"),
   * shown in each reader's language; the author is who did it.
   */
  public Message logAction(DocumentRef document, Author author, String key, String... arguments) {
    return keyed(document, author, key, List.of(arguments), null, null);
  }

  /**
   * What the application did, as a message key with its arguments and an optional link to a
   * document (e.g. "Refund created" → the credit note), shown in each reader's language.
   */
  public Message logKeyed(
      DocumentRef document,
      String key,
      List<String> arguments,
      @Nullable String linkLabel,
      @Nullable String linkUrl) {
    return keyed(document, Author.system(), key, arguments, linkLabel, linkUrl);
  }

  /** A system entry whose body is the key's English text, the key and arguments kept beside it. */
  private Message keyed(
      DocumentRef document,
      Author author,
      String key,
      List<String> arguments,
      @Nullable String linkLabel,
      @Nullable String linkUrl) {
    List<String> args = List.copyOf(arguments);
    String english = messages.getMessage(key, args.toArray(), key, java.util.Locale.ENGLISH);
    Message message =
        add(
            document,
            MessageKind.SYSTEM,
            author,
            english == null ? key : english,
            linkLabel,
            linkUrl,
            List.of());
    jdbc.sql("update mail_message set body_key = :key, body_args = :args where id = :id")
        .param("key", key)
        .param("args", args.isEmpty() ? null : String.join(ARGUMENT_SEPARATOR, args))
        .param("id", message.id())
        .update();
    return new Message(
        message.id(),
        document,
        message.kind(),
        message.body(),
        message.authorUserId(),
        message.authorCustomerId(),
        message.authorName(),
        linkLabel,
        linkUrl,
        List.of(),
        message.createdAt(),
        key,
        args);
  }

  @Transactional(readOnly = true)
  public List<Message> messagesOf(DocumentRef document) {
    List<Message> messages =
        jdbc.sql(
                "select * from mail_message where document_type = :type and document_id = :id"
                    + " order by created_at desc, id desc")
            .param("type", document.type())
            .param("id", document.id())
            .query((rs, row) -> map(rs, List.of()))
            .list();
    if (messages.isEmpty()) {
      return messages;
    }
    Map<Long, List<TrackedChange>> changes = new LinkedHashMap<>();
    jdbc.sql(
            "select message_id, field, old_value, new_value from mail_tracking_value"
                + " where message_id in (:ids) order by id")
        .param("ids", messages.stream().map(Message::id).toList())
        .query(
            (rs, row) -> {
              changes
                  .computeIfAbsent(rs.getLong("message_id"), id -> new ArrayList<>())
                  .add(
                      new TrackedChange(
                          rs.getString("field"),
                          rs.getString("old_value"),
                          rs.getString("new_value")));
              return null;
            })
        .list();
    return messages.stream()
        .map(
            m ->
                new Message(
                    m.id(),
                    m.document(),
                    m.kind(),
                    m.body(),
                    m.authorUserId(),
                    m.authorCustomerId(),
                    m.authorName(),
                    m.linkLabel(),
                    m.linkUrl(),
                    changes.getOrDefault(m.id(), List.of()),
                    m.createdAt(),
                    m.bodyKey(),
                    m.bodyArgs()))
        .toList();
  }

  @Transactional(readOnly = true)
  public long countMessages(DocumentRef document, MessageKind kind) {
    return jdbc.sql(
            "select count(*) from mail_message where document_type = :type and document_id = :id"
                + " and kind = :kind")
        .param("type", document.type())
        .param("id", document.id())
        .param("kind", kind.name())
        .query(Long.class)
        .single();
  }

  @Transactional(readOnly = true)
  public List<Follower> followersOf(DocumentRef document) {
    return jdbc.sql(
            "select * from mail_follower where document_type = :type and document_id = :id"
                + " order by name, id")
        .param("type", document.type())
        .param("id", document.id())
        .query(Threads::mapFollower)
        .list();
  }

  /** Adds a customer contact as a follower; following twice changes nothing. */
  public Follower followAsCustomer(
      DocumentRef document, long customerId, String name, @Nullable String email) {
    return follow(document, customerId, null, name, email);
  }

  /** Adds a staff user as a follower; following twice changes nothing. */
  public Follower followAsStaff(
      DocumentRef document, long userId, String name, @Nullable String email) {
    return follow(document, null, userId, name, email);
  }

  /** Removes a follower of this document; false when there was no such follower. */
  public boolean unfollow(DocumentRef document, long followerId) {
    return jdbc.sql(
                "delete from mail_follower where id = :id and document_type = :type"
                    + " and document_id = :doc")
            .param("id", followerId)
            .param("type", document.type())
            .param("doc", document.id())
            .update()
        == 1;
  }

  private Follower follow(
      DocumentRef document,
      @Nullable Long customerId,
      @Nullable Long userId,
      String name,
      @Nullable String email) {
    jdbc.sql(
            "insert into mail_follower (document_type, document_id, customer_id, user_id, name,"
                + " email) values (:type, :doc, :customer, :user, :name, :email)"
                + " on conflict do nothing")
        .param("type", document.type())
        .param("doc", document.id())
        .param("customer", customerId)
        .param("user", userId)
        .param("name", name)
        .param("email", email)
        .update();
    return jdbc.sql(
            "select * from mail_follower where document_type = :type and document_id = :doc"
                + " and customer_id is not distinct from :customer"
                + " and user_id is not distinct from :user")
        .param("type", document.type())
        .param("doc", document.id())
        .param("customer", customerId)
        .param("user", userId)
        .query(Threads::mapFollower)
        .single();
  }

  private Message add(
      DocumentRef document,
      MessageKind kind,
      Author author,
      String body,
      @Nullable String linkLabel,
      @Nullable String linkUrl,
      List<TrackedChange> changes) {
    long id =
        jdbc.sql(
                "insert into mail_message (document_type, document_id, kind, body, author_user_id,"
                    + " author_customer_id, author_name, link_label, link_url, created_at)"
                    + " values (:type, :doc, :kind, :body, :user, :customer, :name, :label, :url,"
                    + " clock_timestamp()) returning id")
            .param("type", document.type())
            .param("doc", document.id())
            .param("kind", kind.name())
            .param("body", body)
            .param("user", author.userId())
            .param("customer", author.customerId())
            .param("name", author.name())
            .param("label", linkLabel)
            .param("url", linkUrl)
            .query(Long.class)
            .single();
    for (TrackedChange change : changes) {
      jdbc.sql(
              "insert into mail_tracking_value (message_id, field, old_value, new_value)"
                  + " values (:message, :field, :old, :new)")
          .param("message", id)
          .param("field", change.field())
          .param("old", change.oldValue())
          .param("new", change.newValue())
          .update();
    }
    Instant now = Instant.now();
    events.publishEvent(new MessagePosted(id, document, kind, now));
    return new Message(
        id,
        document,
        kind,
        body,
        author.userId(),
        author.customerId(),
        author.name(),
        linkLabel,
        linkUrl,
        changes,
        now);
  }

  private static Message map(ResultSet rs, List<TrackedChange> changes) throws SQLException {
    return new Message(
        rs.getLong("id"),
        new DocumentRef(rs.getString("document_type"), rs.getLong("document_id")),
        MessageKind.valueOf(rs.getString("kind")),
        rs.getString("body"),
        (Long) rs.getObject("author_user_id"),
        (Long) rs.getObject("author_customer_id"),
        rs.getString("author_name"),
        rs.getString("link_label"),
        rs.getString("link_url"),
        changes,
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("body_key"),
        arguments(rs.getString("body_args")));
  }

  private static List<String> arguments(@Nullable String column) {
    return column == null ? List.of() : List.of(column.split(ARGUMENT_SEPARATOR, -1));
  }

  private static Follower mapFollower(ResultSet rs, int row) throws SQLException {
    return new Follower(
        rs.getLong("id"),
        new DocumentRef(rs.getString("document_type"), rs.getLong("document_id")),
        (Long) rs.getObject("customer_id"),
        (Long) rs.getObject("user_id"),
        rs.getString("name"),
        rs.getString("email"));
  }
}

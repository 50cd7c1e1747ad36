package io.afterdesk.mail;

import io.afterdesk.common.DocumentRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The entries of threads in their tables: messages with their tracked changes. */
@Component
class ThreadEntryStore {

  /** Separates the arguments of a keyed entry in their column. */
  private static final String ARGUMENT_SEPARATOR = "\u001f";

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ThreadEntryStore(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  /** Stores the entry and announces it ({@link MessagePosted}, e.g. for the outbox). */
  Message add(NewEntry entry) {
    // clock_timestamp(), not now(): entries of one transaction keep the order they were added in.
    long id =
        jdbc.sql(
                "insert into mail_message (document_type, document_id, kind, body, author_user_id,"
                    + " author_customer_id, author_name, link_label, link_url, body_key,"
                    + " body_args, created_at) values (:type, :doc, :kind, :body, :user,"
                    + " :customer, :name, :label, :url, :key, :args, clock_timestamp())"
                    + " returning id")
            .param("type", entry.document().type())
            .param("doc", entry.document().id())
            .param("kind", entry.kind().name())
            .param("body", entry.body())
            .param("user", entry.author().userId())
            .param("customer", entry.author().customerId())
            .param("name", entry.author().name())
            .param("label", entry.linkLabel())
            .param("url", entry.linkUrl())
            .param("key", entry.bodyKey())
            .param("args", joined(entry.bodyArgs()))
            .query(Long.class)
            .single();
    entry.changes().forEach(change -> addChange(id, change));
    Instant now = clock.instant();
    events.publishEvent(new MessagePosted(id, entry.document(), entry.kind(), now));
    return new Message(
        id,
        entry.document(),
        entry.kind(),
        entry.body(),
        entry.author().userId(),
        entry.author().customerId(),
        entry.author().name(),
        entry.linkLabel(),
        entry.linkUrl(),
        entry.changes(),
        now,
        entry.bodyKey(),
        entry.bodyArgs());
  }

  private void addChange(long messageId, TrackedChange change) {
    jdbc.sql(
            "insert into mail_tracking_value (message_id, field, old_value, new_value)"
                + " values (:message, :field, :old, :new)")
        .param("message", messageId)
        .param("field", change.field())
        .param("old", change.oldValue())
        .param("new", change.newValue())
        .update();
  }

  /** The entries of a document, newest first, each with its tracked changes. */
  List<Message> messagesOf(DocumentRef document) {
    List<Message> messages =
        jdbc.sql(
                "select * from mail_message where document_type = :type and document_id = :id"
                    + " order by created_at desc, id desc")
            .param("type", document.type())
            .param("id", document.id())
            .query(ThreadEntryStore::map)
            .list();
    if (messages.isEmpty()) {
      return messages;
    }
    Map<Long, List<TrackedChange>> changes = changesOf(messages);
    return messages.stream()
        .map(m -> m.withChanges(changes.getOrDefault(m.id(), List.of())))
        .toList();
  }

  /** The tracked changes of these entries in one query, per entry id. */
  private Map<Long, List<TrackedChange>> changesOf(List<Message> messages) {
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
    return changes;
  }

  long count(DocumentRef document, MessageKind kind) {
    return jdbc.sql(
            "select count(*) from mail_message where document_type = :type and document_id = :id"
                + " and kind = :kind")
        .param("type", document.type())
        .param("id", document.id())
        .param("kind", kind.name())
        .query(Long.class)
        .single();
  }

  private static Message map(ResultSet rs, int row) throws SQLException {
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
        List.of(),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("body_key"),
        arguments(rs.getString("body_args")));
  }

  private static @Nullable String joined(List<String> arguments) {
    return arguments.isEmpty() ? null : String.join(ARGUMENT_SEPARATOR, arguments);
  }

  private static List<String> arguments(@Nullable String column) {
    return column == null ? List.of() : List.of(column.split(ARGUMENT_SEPARATOR, -1));
  }
}

package io.afterdesk.mail;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.mail.domain.ThreadMail;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The threads of documents: messages, notes, tracked changes, system entries and followers. The
 * caller checks that the user may act on the document; this class only records.
 */
@Service
@Transactional
public class Threads {

  private final ThreadEntryStore entries;
  private final FollowerStore followers;
  private final ThreadMail mail;
  private final MessageSource messages;

  Threads(
      ThreadEntryStore entries, FollowerStore followers, ThreadMail mail, MessageSource messages) {
    this.entries = entries;
    this.followers = followers;
    this.mail = mail;
    this.messages = messages;
  }

  /**
   * A message to the followers: queued in the outbox (same transaction) to every follower with an
   * email address except its author.
   */
  public Message post(DocumentRef document, Author author, String body) {
    Message message = entries.add(NewEntry.of(document, MessageKind.MESSAGE, author, body.strip()));
    List<Recipient> recipients =
        followers.of(document).stream()
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
    Message message = entries.add(NewEntry.of(document, MessageKind.MESSAGE, author, body.strip()));
    mail.send(message, recipients, subject, attachments);
    return message;
  }

  private static boolean isAuthor(Follower follower, Author author) {
    return (author.userId() != null && author.userId().equals(follower.userId()))
        || (author.customerId() != null && author.customerId().equals(follower.customerId()));
  }

  /** An internal note: never sent to anyone. */
  public Message note(DocumentRef document, Author author, String body) {
    return entries.add(NewEntry.of(document, MessageKind.NOTE, author, body.strip()));
  }

  /** Records changed fields (stage, assignee…); nothing is recorded when nothing changed. */
  public Optional<Message> track(DocumentRef document, Author author, List<TrackedChange> changes) {
    List<TrackedChange> real =
        changes.stream()
            .filter(change -> !Objects.equals(change.oldValue(), change.newValue()))
            .toList();
    if (real.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        entries.add(
            new NewEntry(
                document, MessageKind.TRACKING, author, "", null, null, real, null, List.of())));
  }

  /** What the application did, e.g. "Refund created", with an optional link to a document. */
  public Message log(
      DocumentRef document, String body, @Nullable String linkLabel, @Nullable String linkUrl) {
    return entries.add(
        new NewEntry(
            document,
            MessageKind.SYSTEM,
            Author.system(),
            body,
            linkLabel,
            linkUrl,
            List.of(),
            null,
            List.of()));
  }

  /**
   * What someone did, as a message key with its arguments (e.g. "Portal access revoked by {0}"),
   * shown in each reader's language; the author is who did it. The body keeps its English text (see
   * {@link Message}).
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
    String english = messages.getMessage(key, arguments.toArray(), key, Locale.ENGLISH);
    return entries.add(
        new NewEntry(
            document,
            MessageKind.SYSTEM,
            author,
            english == null ? key : english,
            linkLabel,
            linkUrl,
            List.of(),
            key,
            List.copyOf(arguments)));
  }

  @Transactional(readOnly = true)
  public List<Message> messagesOf(DocumentRef document) {
    return entries.messagesOf(document);
  }

  @Transactional(readOnly = true)
  public long countMessages(DocumentRef document, MessageKind kind) {
    return entries.count(document, kind);
  }

  @Transactional(readOnly = true)
  public List<Follower> followersOf(DocumentRef document) {
    return followers.of(document);
  }

  /** Adds a customer contact as a follower; following twice changes nothing. */
  public Follower followAsCustomer(
      DocumentRef document, long customerId, String name, @Nullable String email) {
    return followers.follow(document, customerId, null, name, email);
  }

  /** Adds a staff user as a follower; following twice changes nothing. */
  public Follower followAsStaff(
      DocumentRef document, long userId, String name, @Nullable String email) {
    return followers.follow(document, null, userId, name, email);
  }

  /** Removes a follower of this document; false when there was no such follower. */
  public boolean unfollow(DocumentRef document, long followerId) {
    return followers.remove(document, followerId);
  }
}

package io.afterdesk.mail.web;

import io.afterdesk.common.DocumentLinks;
import io.afterdesk.mail.Message;
import io.afterdesk.mail.TrackedChange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns thread messages into what the chatter shows, in the reader's language. */
@Component
class ChatterEntries {

  private final MessageSource messages;
  private final DocumentLinks links;
  private final Clock clock;

  ChatterEntries(MessageSource messages, DocumentLinks links, Clock clock) {
    this.messages = messages;
    this.links = links;
    this.clock = clock;
  }

  List<ChatterEntry> of(List<Message> thread, Locale locale) {
    DateTimeFormatter format =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(clock.getZone());
    Instant now = clock.instant();
    Map<String, String> labels =
        links.labelsAt(
            thread.stream().map(Message::linkUrl).filter(Objects::nonNull).distinct().toList(),
            locale);
    return thread.stream()
        .map(
            message ->
                new ChatterEntry(
                    message,
                    body(message, locale),
                    ago(message.createdAt(), now, locale),
                    format.format(message.createdAt()),
                    message.changes().stream().map(change -> change(change, locale)).toList(),
                    safeLink(message.linkUrl()),
                    linkLabel(message, labels)))
        .toList();
  }

  /** The entry's text: its message key rendered in the reader's language, else the body. */
  private String body(Message message, Locale locale) {
    if (message.bodyKey() == null) {
      return message.body();
    }
    String rendered =
        messages.getMessage(message.bodyKey(), message.bodyArgs().toArray(), null, locale);
    return rendered == null ? message.body() : rendered;
  }

  /** The linked document's current label (a draft since posted shows its number). */
  private @Nullable String linkLabel(Message message, Map<String, String> labels) {
    String url = message.linkUrl();
    return url == null ? message.linkLabel() : labels.getOrDefault(url, message.linkLabel());
  }

  /** "just now", "5 minutes ago", "3 hours ago", "2 days ago"; older: the date alone. */
  String ago(Instant then, Instant now, Locale locale) {
    Duration age = Duration.between(then, now);
    if (age.toMinutes() < 1) {
      return text("mail.time.just-now", locale);
    }
    if (age.toHours() < 1) {
      return text("mail.time.minutes", locale, age.toMinutes());
    }
    if (age.toDays() < 1) {
      return text("mail.time.hours", locale, age.toHours());
    }
    if (age.toDays() < 7) {
      return text("mail.time.days", locale, age.toDays());
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(locale)
        .withZone(clock.getZone())
        .format(then);
  }

  /**
   * A tracked field's label: the field itself when it is a message key (e.g. {@code
   * helpdesk.ticket.stage}), else {@code mail.field.<field>}, else the field as written.
   */
  private ChatterEntry.Change change(TrackedChange change, Locale locale) {
    String field = change.field();
    String label =
        messages.getMessage(
            field, null, messages.getMessage("mail.field." + field, null, field, locale), locale);
    String none = text("mail.chatter.no-value", locale);
    return new ChatterEntry.Change(
        label, valueOr(change.oldValue(), none), valueOr(change.newValue(), none));
  }

  private static String valueOr(@Nullable String value, String none) {
    return value == null || value.isBlank() ? none : value;
  }

  /** Only links into the application or to http(s) pages are shown; anything else is dropped. */
  static @Nullable String safeLink(@Nullable String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String trimmed = url.strip();
    if (trimmed.startsWith("/") && !trimmed.startsWith("//")) {
      return trimmed;
    }
    String lower = trimmed.toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? trimmed : null;
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}

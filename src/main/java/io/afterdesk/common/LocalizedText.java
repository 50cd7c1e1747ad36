package io.afterdesk.common;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A text the application writes on a document for users to read (e.g. "Return of WH/OUT/00001"),
 * kept as a message key with its arguments so that each reader sees it in their own language. The
 * owning module stores its English text beside it, for the API, search and readers of old rows.
 */
public record LocalizedText(String key, List<String> args) {

  /** Arguments are stored joined by a character no one types. */
  private static final String SEPARATOR = "\u001f";

  public LocalizedText {
    args = List.copyOf(args);
  }

  public static LocalizedText of(String key, String... args) {
    return new LocalizedText(key, List.of(args));
  }

  /** The text in {@code locale}; the key itself when no bundle has it. */
  public String in(MessageSource messages, Locale locale) {
    return messages.getMessage(key, args.toArray(), key, locale);
  }

  /** The English text, the one stored beside the key. */
  public String english(MessageSource messages) {
    return in(messages, Locale.ENGLISH);
  }

  /** The form an aggregate keeps (embedded: a key column and an arguments column). */
  public Stored stored() {
    return new Stored(key, args.isEmpty() ? null : String.join(SEPARATOR, args));
  }

  /** A {@link LocalizedText} as a row keeps it; see {@link LocalizedText#stored()}. */
  public record Stored(String key, @Nullable String args) {

    public LocalizedText text() {
      return new LocalizedText(key, args == null ? List.of() : List.of(args.split(SEPARATOR, -1)));
    }
  }

  /** The text of two nullable columns (key and arguments): none without a key. */
  public static @Nullable LocalizedText ofColumns(@Nullable String key, @Nullable String args) {
    return key == null ? null : new Stored(key, args).text();
  }
}

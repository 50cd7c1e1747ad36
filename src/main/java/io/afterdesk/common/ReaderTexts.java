package io.afterdesk.common;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows a document text in the reader's language: its {@link LocalizedText} when the application
 * wrote one, else the text as stored (typed by a user, or written before texts were keyed). Pages
 * use it as {@code ${@readerTexts.shown(stored, text)}}.
 */
@Component("readerTexts")
public class ReaderTexts {

  private final MessageSource messages;

  ReaderTexts(MessageSource messages) {
    this.messages = messages;
  }

  /** In the language of the current request. */
  public @Nullable String shown(@Nullable String stored, @Nullable LocalizedText text) {
    return shown(stored, text, LocaleContextHolder.getLocale());
  }

  public @Nullable String shown(
      @Nullable String stored, @Nullable LocalizedText text, Locale locale) {
    return text == null ? stored : text.in(messages, locale);
  }

  /** What a row stores as its text: the English of {@code text} when given, else {@code plain}. */
  public @Nullable String stored(@Nullable String plain, @Nullable LocalizedText text) {
    return text == null ? plain : text.english(messages);
  }
}

package io.afterdesk.invoicing.domain;

import io.afterdesk.common.LocalizedText;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** The texts of one PDF, in the language it is printed in ({@code invoicing.pdf.*} keys). */
record PdfLabels(MessageSource messages, Locale locale) {

  String of(String key, Object... arguments) {
    return messages.getMessage(key, arguments, locale);
  }

  /** A document text in the PDF's language when the application wrote it, else as stored. */
  @Nullable String shown(@Nullable String stored, @Nullable LocalizedText text) {
    return text == null ? stored : text.in(messages, locale);
  }
}

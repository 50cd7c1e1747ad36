package io.afterdesk.invoicing.domain;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The texts of one PDF, in the language it is printed in ({@code invoicing.pdf.*} keys). */
record PdfLabels(MessageSource messages, Locale locale) {

  String of(String key, Object... arguments) {
    return messages.getMessage(key, arguments, locale);
  }
}

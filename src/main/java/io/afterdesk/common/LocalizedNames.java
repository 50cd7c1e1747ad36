package io.afterdesk.common;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Names the application seeds or an admin gives in two languages: the English name (the primary
 * one, the API's {@code name}) and a Vietnamese one ({@code nameVi}). A reader sees the name of
 * their language; without a Vietnamese name, the English one.
 */
public final class LocalizedNames {

  public static final String VIETNAMESE = "vi";

  private LocalizedNames() {}

  /** The name in the language of the current request (LocaleContextHolder). */
  public static String pick(String name, @Nullable String nameVi) {
    return pick(name, nameVi, LocaleContextHolder.getLocale());
  }

  public static String pick(String name, @Nullable String nameVi, @Nullable Locale locale) {
    if (locale != null
        && VIETNAMESE.equals(locale.getLanguage())
        && nameVi != null
        && !nameVi.isBlank()) {
      return nameVi;
    }
    return name;
  }

  /** A Vietnamese name as stored: stripped, null when blank (the English name stands in). */
  public static @Nullable String optional(@Nullable String nameVi) {
    return nameVi == null || nameVi.isBlank() ? null : nameVi.strip();
  }
}

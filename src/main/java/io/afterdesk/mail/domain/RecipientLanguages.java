package io.afterdesk.mail.domain;

import io.afterdesk.mail.MailTemplates;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The language each email address reads mail in. A customer's is remembered when they accept a
 * portal invitation (the language of their browser then); everyone else reads English.
 */
@Component
public class RecipientLanguages {

  private final JdbcClient jdbc;

  RecipientLanguages(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public String of(String email) {
    return jdbc.sql("select language from mail_recipient_language where email = :email")
        .param("email", email.trim().toLowerCase(Locale.ROOT))
        .query(String.class)
        .optional()
        .orElse("en");
  }

  /** Gives an address a language unless it has one already (e.g. a customer's new address). */
  public void rememberIfUnknown(String email, String language) {
    jdbc.sql(
            "insert into mail_recipient_language (email, language) values (:email, :language)"
                + " on conflict (email) do nothing")
        .param("email", email.trim().toLowerCase(Locale.ROOT))
        .param("language", MailTemplates.language(Locale.forLanguageTag(language)))
        .update();
  }

  public void remember(String email, Locale locale) {
    jdbc.sql(
            "insert into mail_recipient_language (email, language) values (:email, :language)"
                + " on conflict (email) do update set language = excluded.language")
        .param("email", email.trim().toLowerCase(Locale.ROOT))
        .param("language", MailTemplates.language(locale))
        .update();
  }
}

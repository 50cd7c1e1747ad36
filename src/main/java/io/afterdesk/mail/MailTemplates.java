package io.afterdesk.mail;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.mail.domain.DefaultMailTemplates;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The email templates: one per purpose and language (English, Vietnamese), built in and editable by
 * an admin. Rendered from strings with engines of their own (TEXT mode for subject and text body,
 * HTML mode for the HTML body, which escapes the variables), not the page engine.
 */
@Service
@Transactional(readOnly = true)
public class MailTemplates {

  public static final List<String> LANGUAGES = List.of("en", "vi");

  private final JdbcClient jdbc;
  private final TemplateEngine text = engine(TemplateMode.TEXT);
  private final TemplateEngine html = engine(TemplateMode.HTML);

  MailTemplates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** {@code vi} for Vietnamese, {@code en} for anything else. */
  public static String language(Locale locale) {
    return "vi".equals(locale.getLanguage()) ? "vi" : "en";
  }

  public List<MailTemplateView> all() {
    List<MailTemplateView> all = new ArrayList<>();
    for (MailPurpose purpose : MailPurpose.values()) {
      for (String language : LANGUAGES) {
        all.add(get(purpose, language));
      }
    }
    return all;
  }

  public MailTemplateView get(MailPurpose purpose, String language) {
    String lang = LANGUAGES.contains(language) ? language : "en";
    Optional<MailTemplateView> stored =
        jdbc.sql("select * from mail_template where purpose = :purpose and language = :language")
            .param("purpose", purpose.name())
            .param("language", lang)
            .query(
                (rs, row) -> {
                  Timestamp updated = rs.getTimestamp("updated_at");
                  return new MailTemplateView(
                      purpose,
                      lang,
                      rs.getString("subject"),
                      rs.getString("body_html"),
                      rs.getString("body_text"),
                      true,
                      updated == null ? null : updated.toInstant());
                })
            .optional();
    return stored.orElseGet(
        () -> {
          DefaultMailTemplates.Parts parts = DefaultMailTemplates.of(purpose, lang);
          return new MailTemplateView(
              purpose, lang, parts.subject(), parts.html(), parts.text(), false, null);
        });
  }

  /** Saves an admin's version after checking that it renders with sample values. */
  @Transactional
  public void save(
      MailPurpose purpose, String language, String subject, String bodyHtml, String bodyText) {
    if (!LANGUAGES.contains(language)) {
      throw FieldValidationException.of("language", "mail.template.language-unknown");
    }
    check("subject", () -> render(text, subject, sample(purpose), language));
    check("bodyHtml", () -> render(html, bodyHtml, sample(purpose), language));
    check("bodyText", () -> render(text, bodyText, sample(purpose), language));
    jdbc.sql(
            "insert into mail_template (purpose, language, subject, body_html, body_text,"
                + " updated_at) values (:purpose, :language, :subject, :html, :text,"
                + " clock_timestamp()) on conflict (purpose, language) do update set subject ="
                + " excluded.subject, body_html = excluded.body_html, body_text = excluded.body_text,"
                + " updated_at = excluded.updated_at")
        .param("purpose", purpose.name())
        .param("language", language)
        .param("subject", subject)
        .param("html", bodyHtml)
        .param("text", bodyText)
        .update();
  }

  /** Goes back to the built-in template. */
  @Transactional
  public void reset(MailPurpose purpose, String language) {
    jdbc.sql("delete from mail_template where purpose = :purpose and language = :language")
        .param("purpose", purpose.name())
        .param("language", language)
        .update();
  }

  /** Renders the template of this purpose in this language with these variables. */
  public RenderedMail render(MailPurpose purpose, String language, Map<String, ?> variables) {
    MailTemplateView template = get(purpose, language);
    return render(
        template.subject(), template.bodyHtml(), template.bodyText(), language, variables);
  }

  /** Renders given template texts (for the preview of an unsaved edit). */
  public RenderedMail render(
      String subject, String bodyHtml, String bodyText, String language, Map<String, ?> variables) {
    return new RenderedMail(
        render(text, subject, variables, language).strip().replaceAll("[\\r\\n]+", " "),
        render(html, bodyHtml, variables, language),
        render(text, bodyText, variables, language));
  }

  /** Example values of a purpose's variables, for the preview and the check before saving. */
  public static Map<String, Object> sample(MailPurpose purpose) {
    return MailTemplateSamples.of(purpose);
  }

  private static void check(String field, Runnable rendering) {
    try {
      rendering.run();
    } catch (TemplateEngineException | IllegalArgumentException e) {
      throw FieldValidationException.of(field, "mail.template.invalid");
    }
  }

  private static String render(
      TemplateEngine engine, String template, Map<String, ?> variables, String language) {
    Context context = new Context(Locale.forLanguageTag(language));
    variables.forEach(context::setVariable);
    if (!variables.containsKey("link")) {
      context.setVariable("link", null);
    }
    return engine.process(template, context);
  }

  private static TemplateEngine engine(TemplateMode mode) {
    StringTemplateResolver resolver = new StringTemplateResolver();
    resolver.setTemplateMode(mode);
    resolver.setCacheable(true);
    TemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}

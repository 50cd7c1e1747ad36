package io.afterdesk.mail;

import org.jspecify.annotations.Nullable;

/**
 * A template of one purpose in one language: the subject and text body in Thymeleaf's TEXT mode
 * (e.g. {@code [(${documentTitle})]}), the HTML body in its HTML mode. {@code customized} is false
 * while the built-in default applies.
 */
public record MailTemplateView(
    MailPurpose purpose,
    String language,
    String subject,
    String bodyHtml,
    String bodyText,
    boolean customized,
    java.time.@Nullable Instant updatedAt) {}

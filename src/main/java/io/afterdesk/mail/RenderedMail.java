package io.afterdesk.mail;

/** A template rendered for one recipient: subject, HTML body and plain-text body. */
public record RenderedMail(String subject, String html, String text) {}

package io.afterdesk.mail;

/** A file sent with an email. */
public record MailAttachment(String filename, String contentType, byte[] content) {}

package io.afterdesk.common;

/** How a document is shown as a link: its current label (number, reference) and staff URL. */
public record DocumentLink(String label, String url) {}

package io.afterdesk.common;

import org.jspecify.annotations.Nullable;

/**
 * How a document is shown as a link: its current label (number, reference), its staff URL and, when
 * customers have a page for it, its portal URL.
 */
public record DocumentLink(String label, String url, @Nullable String portalUrl) {

  /** A link without a portal page. */
  public DocumentLink(String label, String url) {
    this(label, url, null);
  }

  DocumentLink withPortalUrl(@Nullable String portal) {
    return new DocumentLink(label, url, portal);
  }
}

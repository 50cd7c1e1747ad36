package io.afterdesk.common;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Implemented by each module for its own document types (and by the portal for the pages it shows
 * customers), so that a module showing another's document (an origin, a chatter link, a redirect)
 * never writes that module's URLs or labels, nor switches on its type names.
 */
public interface DocumentLinkProvider {

  /** The link of a document of one of this module's types; empty for other types. */
  Optional<DocumentLink> linkOf(DocumentRef document, Locale locale);

  /**
   * The staff URL of a document of one of this module's types, without reading the document (for
   * redirects and links whose label is known already). By default taken from {@link #linkOf}.
   */
  default Optional<String> staffUrlOf(DocumentRef document) {
    return linkOf(document, Locale.ROOT).map(DocumentLink::url);
  }

  /** The customer's page of a document, when this module shows one; none by default. */
  default Optional<String> portalUrlOf(DocumentRef document) {
    return Optional.empty();
  }

  /** The current link of a staff URL of this module (e.g. a chatter link made earlier). */
  default Optional<DocumentLink> linkAt(String url, Locale locale) {
    return Optional.empty();
  }

  /**
   * The current labels of many staff URLs at once (a chatter of many links), keyed by URL; URLs of
   * other modules are absent. A module whose labels cost a query each answers them in one.
   */
  default Map<String, String> labelsAt(Collection<String> urls, Locale locale) {
    Map<String, String> labels = new HashMap<>();
    for (String url : urls) {
      linkAt(url, locale).ifPresent(link -> labels.put(url, link.label()));
    }
    return labels;
  }
}

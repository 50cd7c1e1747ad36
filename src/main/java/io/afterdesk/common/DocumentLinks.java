package io.afterdesk.common;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The registry of document links every module feeds ({@link DocumentLinkProvider}): the one place
 * that answers "label and URL of this {@link DocumentRef}". The first provider that knows a
 * document answers; the portal URL comes from whichever provider shows the document to customers.
 */
@Component
public class DocumentLinks {

  private final Supplier<Stream<DocumentLinkProvider>> providers;

  @Autowired
  DocumentLinks(ObjectProvider<DocumentLinkProvider> providers) {
    this.providers = providers::orderedStream;
  }

  private DocumentLinks(Supplier<Stream<DocumentLinkProvider>> providers) {
    this.providers = providers;
  }

  /** A registry of the given providers (for unit tests). */
  public static DocumentLinks of(List<DocumentLinkProvider> providers) {
    List<DocumentLinkProvider> copy = List.copyOf(providers);
    return new DocumentLinks(copy::stream);
  }

  /** The link of a document (label, staff URL, portal URL), when its module knows it. */
  public Optional<DocumentLink> of(DocumentRef document, Locale locale) {
    return first(p -> p.linkOf(document, locale))
        .map(link -> link.withPortalUrl(portalUrl(document).orElse(link.portalUrl())));
  }

  /** The staff URL of a document, without reading it; empty when no module owns its type. */
  public Optional<String> url(DocumentRef document) {
    return first(p -> p.staffUrlOf(document));
  }

  /**
   * The staff URL of a document of a type some module owns; a type nobody owns is a programming
   * error (an {@link IllegalStateException}), not something a user can cause.
   */
  public String staffUrl(DocumentRef document) {
    return url(document)
        .orElseThrow(() -> new IllegalStateException("No module links documents " + document));
  }

  /** The customer's page of a document, when the portal shows one. */
  public Optional<String> portalUrl(DocumentRef document) {
    return first(p -> p.portalUrlOf(document));
  }

  /** The current labels of staff URLs, keyed by URL; those no module knows are absent. */
  public Map<String, String> labelsAt(Collection<String> urls, Locale locale) {
    Map<String, String> labels = new HashMap<>();
    Set<String> left = new LinkedHashSet<>(urls);
    providers
        .get()
        .forEach(
            provider -> {
              if (!left.isEmpty()) {
                labels.putAll(provider.labelsAt(List.copyOf(left), locale));
                left.removeAll(labels.keySet());
              }
            });
    return labels;
  }

  /** The current link of a staff URL, when its module knows it. */
  public Optional<DocumentLink> at(String url, Locale locale) {
    return first(p -> p.linkAt(url, locale));
  }

  private <T> Optional<T> first(Function<DocumentLinkProvider, Optional<T>> question) {
    return providers.get().map(question).flatMap(Optional::stream).findFirst();
  }
}

package io.afterdesk.common;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The registry of document links every module feeds ({@link DocumentLinkProvider}). */
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

  /** The link of a document, when its module knows it. */
  public Optional<DocumentLink> of(DocumentRef document, Locale locale) {
    return providers
        .get()
        .map(p -> p.linkOf(document, locale).orElse(null))
        .filter(Objects::nonNull)
        .findFirst();
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
    return providers
        .get()
        .map(p -> p.linkAt(url, locale).orElse(null))
        .filter(Objects::nonNull)
        .findFirst();
  }
}

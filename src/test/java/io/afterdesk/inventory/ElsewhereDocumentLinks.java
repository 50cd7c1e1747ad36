package io.afterdesk.inventory;

import io.afterdesk.common.DocumentLink;
import io.afterdesk.common.DocumentLinkProvider;
import io.afterdesk.common.DocumentRef;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.test.context.TestComponent;

/**
 * A module inventory knows nothing of, feeding the registry of document links: what inventory's
 * pages show of its documents can only come from the registry.
 */
@TestComponent
class ElsewhereDocumentLinks implements DocumentLinkProvider {

  static final String TYPE = "test.elsewhere";

  @Override
  public Optional<DocumentLink> linkOf(DocumentRef document, Locale locale) {
    return staffUrlOf(document).map(url -> new DocumentLink("Elsewhere " + document.id(), url));
  }

  @Override
  public Optional<String> staffUrlOf(DocumentRef document) {
    return TYPE.equals(document.type())
        ? Optional.of("/elsewhere/" + document.id())
        : Optional.empty();
  }
}

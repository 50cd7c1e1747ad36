package io.afterdesk.portal;

import io.afterdesk.common.DocumentLink;
import io.afterdesk.common.DocumentLinkProvider;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.helpdesk.Tickets;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The portal's pages of documents, which only the portal writes: a ticket is {@code
 * /my/tickets/<id>}. Staff links stay with the modules that own the documents.
 */
@Component
class PortalDocumentLinks implements DocumentLinkProvider {

  @Override
  public Optional<DocumentLink> linkOf(DocumentRef document, Locale locale) {
    return Optional.empty();
  }

  @Override
  public Optional<String> staffUrlOf(DocumentRef document) {
    return Optional.empty();
  }

  @Override
  public Optional<String> portalUrlOf(DocumentRef document) {
    return Tickets.DOCUMENT_TYPE.equals(document.type())
        ? Optional.of("/my/tickets/" + document.id())
        : Optional.empty();
  }
}

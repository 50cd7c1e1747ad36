package io.afterdesk.inventory;

import io.afterdesk.common.DocumentLink;
import io.afterdesk.common.DocumentLinkProvider;
import io.afterdesk.common.DocumentRef;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Transfers as links: their number ({@code WH/RET/00003}), {@code /inventory/transfers/<id>}. */
@Component
class TransferDocumentLinks implements DocumentLinkProvider {

  private final JdbcClient jdbc;

  TransferDocumentLinks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<DocumentLink> linkOf(DocumentRef document, Locale locale) {
    return staffUrlOf(document)
        .flatMap(
            url ->
                jdbc.sql("select number from transfer where id = :id")
                    .param("id", document.id())
                    .query(String.class)
                    .optional()
                    .map(number -> new DocumentLink(number, url)));
  }

  @Override
  public Optional<String> staffUrlOf(DocumentRef document) {
    return Transfers.DOCUMENT_TYPE.equals(document.type())
        ? Optional.of("/inventory/transfers/" + document.id())
        : Optional.empty();
  }
}

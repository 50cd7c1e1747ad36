package io.afterdesk.inventory.web;

import io.afterdesk.common.DocumentLink;
import io.afterdesk.common.DocumentLinks;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.inventory.MoveView;
import io.afterdesk.inventory.TransferKind;
import io.afterdesk.inventory.TransferView;
import io.afterdesk.inventory.Transfers;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where a transfer came from, as links the owning modules write (see {@link DocumentLinks}):
 * inventory stores an opaque origin and never knows the pages of the modules above it.
 */
@Component
class TransferOrigins {

  private final Transfers transfers;
  private final DocumentLinks links;

  TransferOrigins(Transfers transfers, DocumentLinks links) {
    this.transfers = transfers;
    this.links = links;
  }

  /**
   * The page the origin text links to: the delivery a return brings back, else the document the
   * transfer was made from; none when no module links it or the reader may not see it.
   */
  @Nullable String url(TransferView transfer, Locale locale) {
    return origin(transfer)
        .flatMap(origin -> links.of(origin, locale))
        .map(DocumentLink::url)
        .orElse(null);
  }

  /**
   * The document another module made this transfer from (e.g. a ticket), with its current label;
   * none for a transfer made from a transfer, shown by the origin link already.
   */
  @Nullable DocumentLink createdFrom(TransferView transfer, Locale locale) {
    DocumentRef origin = transfer.originRef();
    if (origin == null || Transfers.DOCUMENT_TYPE.equals(origin.type())) {
      return null;
    }
    return links.of(origin, locale).orElse(null);
  }

  private Optional<DocumentRef> origin(TransferView transfer) {
    Long returned = returnedMove(transfer);
    if (returned != null) {
      return transfers
          .transferOfMove(returned)
          .map(delivery -> new DocumentRef(Transfers.DOCUMENT_TYPE, delivery));
    }
    return Optional.ofNullable(transfer.originRef());
  }

  private static @Nullable Long returnedMove(TransferView transfer) {
    if (transfer.kind() != TransferKind.RETURN) {
      return null;
    }
    return transfer.moves().stream().findFirst().map(MoveView::returnOfMoveId).orElse(null);
  }
}

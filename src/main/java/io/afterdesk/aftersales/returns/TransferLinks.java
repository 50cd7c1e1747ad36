package io.afterdesk.aftersales.returns;

import io.afterdesk.common.DocumentLink;
import io.afterdesk.common.DocumentLinks;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.inventory.Transfers;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The link of a return or exchange delivery for the chatter notes: inventory's, from the registry
 * of document links (English label, stored as the fallback; pages show the current one).
 */
@Component
class TransferLinks {

  private final DocumentLinks links;

  TransferLinks(DocumentLinks links) {
    this.links = links;
  }

  static DocumentRef ref(long transferId) {
    return new DocumentRef(Transfers.DOCUMENT_TYPE, transferId);
  }

  /**
   * A listener runs with nobody signed in, so the registry may not label the transfer for it; the
   * number and inventory's staff address stand in.
   */
  DocumentLink of(long transferId, String number) {
    return links
        .of(ref(transferId), Locale.ENGLISH)
        .orElseGet(() -> new DocumentLink(number, links.staffUrl(ref(transferId))));
  }
}

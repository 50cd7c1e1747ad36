package io.afterdesk.aftersales.refund;

import io.afterdesk.common.DocumentLink;
import io.afterdesk.common.DocumentLinks;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.invoicing.InvoiceId;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The link of a credit note or invoice as invoicing names it, for the chatter notes: English label
 * (stored as the fallback; pages show the current label in the reader's language) and URL.
 */
@Component
class CreditNoteLinks {

  private final DocumentLinks links;

  CreditNoteLinks(DocumentLinks links) {
    this.links = links;
  }

  DocumentLink of(InvoiceId id) {
    return links
        .of(id.ref(), Locale.ENGLISH)
        .orElseThrow(() -> new NotFoundException("Invoice", id.value()));
  }
}

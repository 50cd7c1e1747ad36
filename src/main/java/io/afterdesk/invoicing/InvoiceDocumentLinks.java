package io.afterdesk.invoicing;

import io.afterdesk.common.DocumentLink;
import io.afterdesk.common.DocumentLinkProvider;
import io.afterdesk.common.DocumentRef;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Invoices and credit notes as links: their number once posted, "Draft credit note" / "Draft
 * invoice" before, so a link made at creation shows the document's current name.
 */
@Component
class InvoiceDocumentLinks implements DocumentLinkProvider {

  private static final Pattern URL = Pattern.compile("/invoicing/invoices/(\\d+)");

  private final Invoices invoices;
  private final MessageSource messages;

  InvoiceDocumentLinks(@Lazy Invoices invoices, MessageSource messages) {
    this.invoices = invoices;
    this.messages = messages;
  }

  @Override
  public Optional<DocumentLink> linkOf(DocumentRef document, Locale locale) {
    if (!Invoices.DOCUMENT_TYPE.equals(document.type())) {
      return Optional.empty();
    }
    return invoices
        .find(document.id())
        .map(
            i ->
                new DocumentLink(
                    i.number() != null
                        ? i.number()
                        : messages.getMessage("invoicing.draft." + i.kind(), null, locale),
                    "/invoicing/invoices/" + i.id()));
  }

  @Override
  public Optional<String> staffUrlOf(DocumentRef document) {
    return Invoices.DOCUMENT_TYPE.equals(document.type())
        ? Optional.of("/invoicing/invoices/" + document.id())
        : Optional.empty();
  }

  @Override
  public Optional<DocumentLink> linkAt(String url, Locale locale) {
    Matcher matcher = URL.matcher(url);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return linkOf(
        new DocumentRef(Invoices.DOCUMENT_TYPE, Long.parseLong(matcher.group(1))), locale);
  }
}

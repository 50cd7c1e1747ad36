package io.afterdesk.invoicing;

import io.afterdesk.common.DocumentLink;
import io.afterdesk.common.DocumentLinkProvider;
import io.afterdesk.common.DocumentRef;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Invoices and credit notes as links: their number once posted, "Draft credit note" / "Draft
 * invoice" before, so a link made at creation shows the document's current name.
 */
@Component
class InvoiceDocumentLinks implements DocumentLinkProvider {

  private static final Pattern URL = Pattern.compile("/invoicing/invoices/(\\d+)");

  private final InvoiceSummaries summaries;

  InvoiceDocumentLinks(@Lazy InvoiceSummaries summaries) {
    this.summaries = summaries;
  }

  @Override
  public Optional<DocumentLink> linkOf(DocumentRef document, Locale locale) {
    if (!Invoices.DOCUMENT_TYPE.equals(document.type())) {
      return Optional.empty();
    }
    return Optional.ofNullable(
            summaries.labelsOf(List.of(document.id()), locale).get(document.id()))
        .map(label -> new DocumentLink(label, "/invoicing/invoices/" + document.id()));
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

  /** One query for all invoice URLs among them, not one document load per chatter link. */
  @Override
  public Map<String, String> labelsAt(Collection<String> urls, Locale locale) {
    Map<Long, String> byId = new HashMap<>();
    for (String url : urls) {
      Matcher matcher = URL.matcher(url);
      if (matcher.matches()) {
        byId.put(Long.parseLong(matcher.group(1)), url);
      }
    }
    Map<String, String> labels = new HashMap<>();
    summaries
        .labelsOf(byId.keySet(), locale)
        .forEach((id, label) -> labels.put(byId.get(id), label));
    return labels;
  }
}

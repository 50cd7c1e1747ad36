package io.afterdesk.sales;

import io.afterdesk.common.DocumentLink;
import io.afterdesk.common.DocumentLinkProvider;
import io.afterdesk.common.DocumentRef;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Sales orders as links: their number ({@code S00012}), {@code /sales/orders/<id>}. */
@Component
class SalesOrderDocumentLinks implements DocumentLinkProvider {

  private final SalesOrders orders;

  SalesOrderDocumentLinks(@Lazy SalesOrders orders) {
    this.orders = orders;
  }

  @Override
  public Optional<DocumentLink> linkOf(DocumentRef document, Locale locale) {
    if (!SalesOrders.DOCUMENT_TYPE.equals(document.type())) {
      return Optional.empty();
    }
    return orders
        .find(document.id())
        .map(o -> new DocumentLink(o.number(), "/sales/orders/" + document.id()));
  }

  @Override
  public Optional<String> staffUrlOf(DocumentRef document) {
    return SalesOrders.DOCUMENT_TYPE.equals(document.type())
        ? Optional.of("/sales/orders/" + document.id())
        : Optional.empty();
  }
}

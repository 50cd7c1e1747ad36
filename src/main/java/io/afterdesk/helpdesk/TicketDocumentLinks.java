package io.afterdesk.helpdesk;

import io.afterdesk.common.DocumentLink;
import io.afterdesk.common.DocumentLinkProvider;
import io.afterdesk.common.DocumentRef;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tickets as links: "#00012 Subject", {@code /helpdesk/tickets/<id>}. */
@Component
class TicketDocumentLinks implements DocumentLinkProvider {

  private final JdbcClient jdbc;

  TicketDocumentLinks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<DocumentLink> linkOf(DocumentRef document, Locale locale) {
    if (!Tickets.DOCUMENT_TYPE.equals(document.type())) {
      return Optional.empty();
    }
    return jdbc.sql("select reference, subject from helpdesk_ticket where id = :id")
        .param("id", document.id())
        .query(
            (rs, row) ->
                new DocumentLink(
                    rs.getString(1) + " " + rs.getString(2), "/helpdesk/tickets/" + document.id()))
        .optional();
  }

  @Override
  public Optional<String> staffUrlOf(DocumentRef document) {
    return Tickets.DOCUMENT_TYPE.equals(document.type())
        ? Optional.of("/helpdesk/tickets/" + document.id())
        : Optional.empty();
  }
}

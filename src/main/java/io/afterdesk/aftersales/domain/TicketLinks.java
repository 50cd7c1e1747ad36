package io.afterdesk.aftersales.domain;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.aftersales.TicketDocument;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The links ticket ↔ document, written in the transaction that makes the document. */
@Repository
public class TicketLinks {

  private final JdbcClient jdbc;

  TicketLinks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void add(
      long ticketId,
      DocumentKind kind,
      long documentId,
      String reasonCode,
      @Nullable Long createdBy) {
    jdbc.sql(
            "insert into aftersales_link (ticket_id, document_kind, document_id, reason_code,"
                + " created_by) values (:ticket, :kind, :document, :reason, :by)")
        .param("ticket", ticketId)
        .param("kind", kind.name())
        .param("document", documentId)
        .param("reason", reasonCode)
        .param("by", createdBy)
        .update();
  }

  /** The documents of a kind made from a ticket, oldest first. */
  public List<TicketDocument> ofTicket(long ticketId, DocumentKind kind) {
    return jdbc.sql(
            "select ticket_id, document_kind, document_id, reason_code, created_by, created_at"
                + " from aftersales_link where ticket_id = :ticket and document_kind = :kind"
                + " order by id")
        .param("ticket", ticketId)
        .param("kind", kind.name())
        .query(
            (rs, row) ->
                new TicketDocument(
                    rs.getLong(1),
                    DocumentKind.valueOf(rs.getString(2)),
                    rs.getLong(3),
                    rs.getString(4),
                    rs.getObject(5, Long.class),
                    rs.getTimestamp(6).toInstant()))
        .list();
  }

  /** The tickets a document was made from (one, in practice). */
  public List<Long> ticketsOf(DocumentKind kind, long documentId) {
    return jdbc.sql(
            "select ticket_id from aftersales_link where document_kind = :kind"
                + " and document_id = :document order by id")
        .param("kind", kind.name())
        .param("document", documentId)
        .query(Long.class)
        .list();
  }
}

package io.afterdesk.helpdesk.domain;

import io.afterdesk.helpdesk.Tickets;
import io.afterdesk.identity.Permissions;
import io.afterdesk.mail.ThreadAccess;
import io.afterdesk.partner.PortalPrincipal;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may use a ticket's thread: staff who can work on the ticket's team read and write; a portal
 * customer reads the tickets of their commercial entity and writes only through the portal reply.
 */
@Component
class TicketThreadAccess implements ThreadAccess {

  private final Tickets tickets;
  private final JdbcClient jdbc;

  TicketThreadAccess(Tickets tickets, JdbcClient jdbc) {
    this.tickets = tickets;
    this.jdbc = jdbc;
  }

  /** "Ticket #00012: Broken screen", whoever asks (for emails). */
  @Override
  public String title(long documentId) {
    return jdbc.sql("select reference, subject from helpdesk_ticket where id = :id")
        .param("id", documentId)
        .query((rs, row) -> "Ticket " + rs.getString("reference") + ": " + rs.getString("subject"))
        .optional()
        .orElse("Ticket " + documentId);
  }

  @Override
  public Optional<String> staffUrl(long documentId) {
    return Optional.of("/helpdesk/tickets/" + documentId);
  }

  @Override
  public Optional<String> customerUrl(long documentId) {
    return Optional.of("/my/tickets/" + documentId);
  }

  @Override
  public String documentType() {
    return Tickets.DOCUMENT_TYPE;
  }

  @Override
  public boolean canRead(long documentId) {
    var customer = Permissions.principal(PortalPrincipal.class);
    if (customer.isPresent()) {
      return tickets.belongsToCommercialEntity(documentId, customer.get().commercialEntityId());
    }
    return canWrite(documentId);
  }

  @Override
  public boolean canWrite(long documentId) {
    return Permissions.isStaff() && tickets.isVisible(documentId);
  }
}

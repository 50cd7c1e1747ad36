package io.afterdesk.aftersales.domain;

import io.afterdesk.aftersales.DocumentKind;
import io.afterdesk.common.reach.DocumentReach;
import io.afterdesk.common.reach.Reach;
import io.afterdesk.helpdesk.TicketsReach;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.StaffPrincipal;
import io.afterdesk.inventory.Transfers;
import io.afterdesk.invoicing.Invoices;
import io.afterdesk.partner.CustomerReach;
import io.afterdesk.sales.SalesOrders;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ERP documents a staff user reaches through tickets (SPEC §0): an agent reaches every contact
 * of the commercial entities of the customers of their teams' tickets (and the customers they
 * created), the sales orders named on those tickets and the documents made from them (the
 * after-sales links). Managers, admins and callers without a staff user reach everything.
 */
@Component
@Transactional(readOnly = true)
class TicketDocumentReach implements DocumentReach {

  private final CurrentUser currentUser;
  private final TicketsReach tickets;
  private final CustomerReach customers;
  private final JdbcClient jdbc;

  TicketDocumentReach(
      CurrentUser currentUser, TicketsReach tickets, CustomerReach customers, JdbcClient jdbc) {
    this.currentUser = currentUser;
    this.tickets = tickets;
    this.customers = customers;
    this.jdbc = jdbc;
  }

  @Override
  public Reach current() {
    Optional<StaffPrincipal> staff = currentUser.principal();
    if (staff.isEmpty()) {
      return Reach.everything(null);
    }
    long me = staff.get().userId();
    if (staff.get().role().seesAllTeams()) {
      return Reach.everything(me);
    }
    List<Long> teams = List.copyOf(currentUser.teamIds());
    TicketsReach.Reached reached = tickets.ofTeams(teams);
    Map<String, Set<Long>> documents = new HashMap<>();
    documents.put(SalesOrders.DOCUMENT_TYPE, reached.salesOrderIds());
    documents.put(Invoices.DOCUMENT_TYPE, new HashSet<>());
    documents.put(Transfers.DOCUMENT_TYPE, new HashSet<>());
    if (!teams.isEmpty()) {
      jdbc.sql(
              "select document_kind, document_id from aftersales_link where ticket_id in ("
                  + TicketsReach.ticketIdsOfTeamsSql()
                  + ")")
          .param("teams", teams)
          .query(
              rs -> {
                documents
                    .get(documentType(DocumentKind.valueOf(rs.getString(1))))
                    .add(rs.getLong(2));
              });
    }
    return new Reach(false, me, customers.reachedFrom(reached.customerIds(), me), documents);
  }

  private static String documentType(DocumentKind kind) {
    return switch (kind) {
      case CREDIT_NOTE, INVOICE -> Invoices.DOCUMENT_TYPE;
      case RETURN, DELIVERY -> Transfers.DOCUMENT_TYPE;
    };
  }
}

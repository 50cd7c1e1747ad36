package io.afterdesk.helpdesk;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.helpdesk.domain.Team;
import io.afterdesk.helpdesk.domain.TeamRepository;
import io.afterdesk.helpdesk.domain.Ticket;
import io.afterdesk.helpdesk.domain.TicketQueries;
import io.afterdesk.helpdesk.domain.TicketRepository;
import io.afterdesk.mail.Author;
import io.afterdesk.mail.Message;
import io.afterdesk.mail.MessageKind;
import io.afterdesk.mail.Threads;
import io.afterdesk.partner.CustomerSummary;
import io.afterdesk.partner.Customers;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets as a portal customer sees them: those of their commercial entity (a ticket of another
 * entity answers 404), its messages but never notes or tracking, a reply, and a new ticket.
 */
@Service
@Transactional
public class PortalTickets {

  private final TicketRepository tickets;
  private final TeamRepository teams;
  private final TicketQueries queries;
  private final TicketNumbers numbers;
  private final TicketViews views;
  private final TicketChangeLog changeLog;
  private final Customers customers;
  private final Threads threads;
  private final Clock clock;

  PortalTickets(
      TicketRepository tickets,
      TeamRepository teams,
      TicketQueries queries,
      TicketNumbers numbers,
      TicketViews views,
      TicketChangeLog changeLog,
      Customers customers,
      Threads threads,
      Clock clock) {
    this.tickets = tickets;
    this.teams = teams;
    this.queries = queries;
    this.numbers = numbers;
    this.views = views;
    this.changeLog = changeLog;
    this.customers = customers;
    this.threads = threads;
    this.clock = clock;
  }

  /** The tickets whose customer belongs to a commercial entity (open and closed). */
  @Transactional(readOnly = true)
  public PageResponse<TicketRow> ofCommercialEntity(long commercialEntityId, PageQuery query) {
    List<Long> members =
        customers.membersOfCommercialEntity(commercialEntityId).stream()
            .map(CustomerSummary::id)
            .toList();
    Map<Long, String> names = views.userNames();
    return queries.page(TicketFilter.none(), query, null, members, null, names::get);
  }

  /** A ticket of a commercial entity; 404 when it belongs to another one. */
  @Transactional(readOnly = true)
  public TicketView ofCommercialEntity(long commercialEntityId, long ticketId) {
    if (!belongsToCommercialEntity(ticketId, commercialEntityId)) {
      throw new NotFoundException("Ticket", ticketId);
    }
    return views.of(tickets.findById(ticketId).orElseThrow());
  }

  @Transactional(readOnly = true)
  public boolean belongsToCommercialEntity(long ticketId, long commercialEntityId) {
    Long customer = queries.customerOf(ticketId);
    return customer != null
        && customers.find(customer).map(CustomerSummary::commercialEntityId).orElse(-1L)
            == commercialEntityId;
  }

  /** The messages of a ticket the customer may read: messages only, never notes or tracking. */
  @Transactional(readOnly = true)
  public List<Message> customerMessages(long commercialEntityId, long ticketId) {
    ofCommercialEntity(commercialEntityId, ticketId);
    return threads.messagesOf(Tickets.ref(ticketId)).stream()
        .filter(message -> message.kind() == MessageKind.MESSAGE)
        .toList();
  }

  /** A customer's reply from the portal: a message to the followers of the ticket. */
  public Message replyFromPortal(
      long commercialEntityId, long ticketId, long customerId, String name, String body) {
    ofCommercialEntity(commercialEntityId, ticketId);
    if (body == null || body.isBlank()) {
      throw FieldValidationException.of("body", "helpdesk.message.body-required");
    }
    return threads.post(Tickets.ref(ticketId), Author.customer(customerId, name), body);
  }

  /** Opens a ticket from the portal, in the first team; the customer follows it. */
  public TicketView openFromPortal(long customerId, String subject, @Nullable String description) {
    Team team =
        teams.findAll().stream()
            .min(Comparator.comparing(Team::id))
            .orElseThrow(() -> new NotFoundException("Team", "first"));
    Ticket ticket =
        Ticket.open(numbers.next(), subject, description, team, null, null, clock.instant());
    CustomerSummary customer = customers.get(customerId);
    ticket.concern(customer, null);
    Ticket saved = tickets.save(ticket);
    changeLog.opened(saved, customer, null);
    return views.of(saved);
  }
}

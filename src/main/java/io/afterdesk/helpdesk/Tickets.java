package io.afterdesk.helpdesk;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.Money;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.helpdesk.domain.Team;
import io.afterdesk.helpdesk.domain.Ticket;
import io.afterdesk.helpdesk.domain.TicketQueries;
import io.afterdesk.helpdesk.domain.TicketRepository;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.StaffPrincipal;
import io.afterdesk.partner.Customers;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets as staff work them: an agent sees and changes only the tickets of their teams (others
 * answer 404), managers and admins all (see {@link TicketVisibility}). Stage and assignee changes
 * are tracked on the thread ({@link TicketChangeLog}); the portal's side is {@link PortalTickets}.
 */
@Service
@Transactional
public class Tickets {

  /** The document type of tickets in threads and document references. */
  public static final String DOCUMENT_TYPE = "helpdesk.ticket";

  private final TicketRepository tickets;
  private final TicketQueries queries;
  private final TicketVisibility visibility;
  private final TicketFields fields;
  private final TicketChangeLog changeLog;
  private final TicketViews views;
  private final TicketNumbers numbers;
  private final CurrentUser currentUser;
  private final Customers customers;
  private final Clock clock;

  Tickets(
      TicketRepository tickets,
      TicketQueries queries,
      TicketVisibility visibility,
      TicketFields fields,
      TicketChangeLog changeLog,
      TicketViews views,
      TicketNumbers numbers,
      CurrentUser currentUser,
      Customers customers,
      Clock clock) {
    this.tickets = tickets;
    this.queries = queries;
    this.visibility = visibility;
    this.fields = fields;
    this.changeLog = changeLog;
    this.views = views;
    this.numbers = numbers;
    this.currentUser = currentUser;
    this.customers = customers;
    this.clock = clock;
  }

  public static DocumentRef ref(long ticketId) {
    return new DocumentRef(DOCUMENT_TYPE, ticketId);
  }

  // ---- reading -------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public PageResponse<TicketRow> page(TicketFilter filter, PageQuery query) {
    Optional<StaffPrincipal> staff = currentUser.principal();
    List<Long> teamIds =
        staff.isPresent() && !currentUser.seesAllTeams()
            ? List.copyOf(currentUser.teamIds())
            : null;
    Map<Long, String> names = views.userNames();
    return queries.page(
        filter, query, teamIds, null, staff.map(StaffPrincipal::userId).orElse(null), names::get);
  }

  /** Every ticket of the filtered list (for the CSV export), page after page. */
  @Transactional(readOnly = true)
  public List<TicketRow> all(TicketFilter filter, PageQuery query) {
    List<TicketRow> rows = new ArrayList<>();
    int page = 0;
    while (true) {
      PageResponse<TicketRow> one =
          page(filter, new PageQuery(page, PageQuery.MAX_SIZE, query.sort(), query.q()));
      rows.addAll(one.items());
      if (!one.hasNext()) {
        return rows;
      }
      page++;
    }
  }

  /** A ticket the current user may see; 404 for unknown and invisible ones alike. */
  @Transactional(readOnly = true)
  public TicketView get(long id) {
    return views.of(visibility.loadVisible(id));
  }

  /** Whether the current staff user may see and change this ticket. */
  @Transactional(readOnly = true)
  public boolean isVisible(long id) {
    return visibility.isVisible(id);
  }

  /**
   * The team of a ticket whoever asks (for listeners and jobs, which run without a user), or null
   * for an unknown ticket.
   */
  @Transactional(readOnly = true)
  public @Nullable Long teamOf(long id) {
    return queries.teamOf(id);
  }

  /** Tags, to resolve tag names for views. */
  @Transactional(readOnly = true)
  public List<TagView> tagsOf(TicketView ticket) {
    return views.tagsOf(ticket);
  }

  /** The smart buttons every contributor gives for this ticket. */
  @Transactional(readOnly = true)
  public List<SmartButton> smartButtons(long id, List<TicketSmartButtons> contributors) {
    visibility.loadVisible(id);
    return contributors.stream().flatMap(c -> c.forTicket(id).stream()).toList();
  }

  /** The action buttons every contributor offers for this ticket. */
  @Transactional(readOnly = true)
  public List<TicketAction> actions(long id, List<TicketActions> contributors) {
    visibility.loadVisible(id);
    return contributors.stream().flatMap(c -> c.actionsFor(id).stream()).toList();
  }

  /** The ticket's after-sales cost: the sum of every contributor's answer (zero when none). */
  @Transactional(readOnly = true)
  public Money afterSalesCost(long id, List<TicketCosts> contributors, Currency currency) {
    visibility.loadVisible(id);
    Money total = Money.zero(currency);
    for (TicketCosts contributor : contributors) {
      total = contributor.costOf(id).map(total::plus).orElse(total);
    }
    return total.rounded();
  }

  // ---- changing ------------------------------------------------------------------------

  public TicketView create(TicketDraft draft) {
    Team team = visibility.teamForWork(draft.teamId());
    Long creator = currentUser.principal().map(StaffPrincipal::userId).orElse(null);
    Ticket ticket =
        Ticket.open(
            numbers.next(),
            draft.subject(),
            draft.description(),
            team,
            draft.stageId(),
            creator,
            clock.instant());
    fields.apply(ticket, team, draft);
    Ticket saved = tickets.save(ticket);
    changeLog.opened(
        saved, saved.customerId() == null ? null : customers.get(saved.customerId()), creator);
    return views.of(saved);
  }

  /**
   * Makes the ticket what the draft says; stage, assignee and team changes are tracked.
   *
   * @param expectedVersion the version the form was filled from, or null not to check
   */
  public TicketView update(long id, TicketDraft draft, @Nullable Long expectedVersion) {
    Ticket ticket = visibility.loadVisible(id);
    if (expectedVersion != null && !expectedVersion.equals(ticket.version())) {
      throw new OptimisticLockingFailureException("Ticket " + id + " was changed meanwhile");
    }
    return change(
        ticket,
        t -> {
          Team team = visibility.teamOf(t);
          if (draft.teamId() != t.teamId()) {
            team = visibility.teamForWork(draft.teamId());
            t.transferTo(team, draft.stageId(), clock.instant());
          } else if (draft.stageId() != null) {
            t.moveToStage(team, draft.stageId(), clock.instant());
          }
          t.describe(draft.subject(), draft.description());
          fields.apply(t, team, draft);
        });
  }

  public TicketView moveToStage(long id, long stageId) {
    return change(
        visibility.loadVisible(id),
        t -> t.moveToStage(visibility.teamOf(t), stageId, clock.instant()));
  }

  public TicketView assignToMe(long id) {
    long me = currentUser.id();
    return change(visibility.loadVisible(id), t -> t.assignTo(me));
  }

  public TicketView changePriority(long id, int priority) {
    return change(visibility.loadVisible(id), t -> t.changePriority(priority));
  }

  private TicketView change(Ticket ticket, Consumer<Ticket> action) {
    TicketChangeLog.Before before = changeLog.before(ticket);
    action.accept(ticket);
    Ticket saved = tickets.save(ticket);
    changeLog.changed(before, saved);
    return views.of(saved);
  }
}

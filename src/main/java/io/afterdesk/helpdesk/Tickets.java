package io.afterdesk.helpdesk;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.catalog.Products;
import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.NumberSequences;
import io.afterdesk.common.web.PageQuery;
import io.afterdesk.common.web.PageResponse;
import io.afterdesk.helpdesk.domain.Tag;
import io.afterdesk.helpdesk.domain.TagRepository;
import io.afterdesk.helpdesk.domain.Team;
import io.afterdesk.helpdesk.domain.TeamRepository;
import io.afterdesk.helpdesk.domain.Ticket;
import io.afterdesk.helpdesk.domain.TicketQueries;
import io.afterdesk.helpdesk.domain.TicketRepository;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.Permissions;
import io.afterdesk.identity.StaffPrincipal;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.mail.Author;
import io.afterdesk.mail.Message;
import io.afterdesk.mail.MessageKind;
import io.afterdesk.mail.Threads;
import io.afterdesk.mail.TrackedChange;
import io.afterdesk.partner.CustomerSummary;
import io.afterdesk.partner.Customers;
import io.afterdesk.sales.SalesOrders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets as staff work them: an agent sees and changes only the tickets of their teams (others
 * answer 404), managers and admins all. Stage and assignee changes are tracked on the thread.
 * Without a signed-in user (demo data, start-up jobs) the system acts and sees everything.
 */
@Service
@Transactional
public class Tickets {

  /** The document type of tickets in threads and document references. */
  public static final String DOCUMENT_TYPE = "helpdesk.ticket";

  static final String SEQUENCE = "helpdesk.ticket";

  private final TicketRepository tickets;
  private final TeamRepository teams;
  private final TagRepository tags;
  private final TicketQueries queries;
  private final NumberSequences sequences;
  private final CurrentUser currentUser;
  private final UserManagement users;
  private final Customers customers;
  private final Products products;
  private final SalesOrders salesOrders;
  private final Threads threads;

  Tickets(
      TicketRepository tickets,
      TeamRepository teams,
      TagRepository tags,
      TicketQueries queries,
      NumberSequences sequences,
      CurrentUser currentUser,
      UserManagement users,
      Customers customers,
      Products products,
      SalesOrders salesOrders,
      Threads threads) {
    this.tickets = tickets;
    this.teams = teams;
    this.tags = tags;
    this.queries = queries;
    this.sequences = sequences;
    this.currentUser = currentUser;
    this.users = users;
    this.customers = customers;
    this.products = products;
    this.salesOrders = salesOrders;
    this.threads = threads;
  }

  public static DocumentRef ref(long ticketId) {
    return new DocumentRef(DOCUMENT_TYPE, ticketId);
  }

  // ---- reading (staff) -----------------------------------------------------------------

  @Transactional(readOnly = true)
  public PageResponse<TicketRow> page(TicketFilter filter, PageQuery query) {
    Optional<StaffPrincipal> staff = currentUser.principal();
    List<Long> teamIds =
        staff.isPresent() && !currentUser.seesAllTeams()
            ? List.copyOf(currentUser.teamIds())
            : null;
    Map<Long, String> names = userNames();
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
    return view(loadVisible(id));
  }

  /** Whether the current staff user may see and change this ticket. */
  @Transactional(readOnly = true)
  public boolean isVisible(long id) {
    Long team = queries.teamOf(id);
    return team != null && canWorkOnTeam(team);
  }

  /** The smart buttons every contributor gives for this ticket. */
  @Transactional(readOnly = true)
  public List<SmartButton> smartButtons(long id, List<TicketSmartButtons> contributors) {
    loadVisible(id);
    return contributors.stream().flatMap(c -> c.forTicket(id).stream()).toList();
  }

  /** The action buttons every contributor offers for this ticket. */
  @Transactional(readOnly = true)
  public List<TicketAction> actions(long id, List<TicketActions> contributors) {
    loadVisible(id);
    return contributors.stream().flatMap(c -> c.actionsFor(id).stream()).toList();
  }

  /** The ticket's after-sales cost: the sum of every contributor's answer (zero when none). */
  @Transactional(readOnly = true)
  public io.afterdesk.common.Money afterSalesCost(
      long id, List<TicketCosts> contributors, java.util.Currency currency) {
    loadVisible(id);
    io.afterdesk.common.Money total = io.afterdesk.common.Money.zero(currency);
    for (TicketCosts contributor : contributors) {
      total = contributor.costOf(id).map(total::plus).orElse(total);
    }
    return total.rounded();
  }

  /**
   * The team of a ticket whoever asks (for listeners and jobs, which run without a user), or null
   * for an unknown ticket.
   */
  @Transactional(readOnly = true)
  public @Nullable Long teamOf(long id) {
    return queries.teamOf(id);
  }

  // ---- changing (staff) ----------------------------------------------------------------

  public TicketView create(TicketDraft draft) {
    Team team = teamForWork(draft.teamId());
    String reference = "#" + String.format("%05d", sequences.next(SEQUENCE));
    Long creator = currentUser.principal().map(StaffPrincipal::userId).orElse(null);
    Ticket ticket =
        Ticket.open(
            reference,
            draft.subject(),
            draft.description(),
            team,
            draft.stageId(),
            creator,
            Instant.now());
    applyFields(ticket, team, draft);
    Ticket saved = tickets.save(ticket);
    DocumentRef ref = ref(saved.id());
    if (saved.customerId() != null) {
      CustomerSummary customer = customers.get(saved.customerId());
      threads.followAsCustomer(ref, customer.id(), customer.displayName(), saved.email());
    }
    if (creator != null) {
      followAsStaff(ref, creator);
    }
    if (saved.assigneeId() != null) {
      followAsStaff(ref, saved.assigneeId());
    }
    return view(saved);
  }

  /**
   * Makes the ticket what the draft says; stage, assignee and team changes are tracked.
   *
   * @param expectedVersion the version the form was filled from, or null not to check
   */
  public TicketView update(long id, TicketDraft draft, @Nullable Long expectedVersion) {
    Ticket ticket = loadVisible(id);
    if (expectedVersion != null && !expectedVersion.equals(ticket.version())) {
      throw new OptimisticLockingFailureException("Ticket " + id + " was changed meanwhile");
    }
    return change(
        ticket,
        t -> {
          Team team = teamOf(t);
          if (draft.teamId() != t.teamId()) {
            team = teamForWork(draft.teamId());
            t.transferTo(team, draft.stageId(), Instant.now());
          } else if (draft.stageId() != null) {
            t.moveToStage(team, draft.stageId(), Instant.now());
          }
          t.describe(draft.subject(), draft.description());
          applyFields(t, team, draft);
        });
  }

  public TicketView moveToStage(long id, long stageId) {
    return change(loadVisible(id), t -> t.moveToStage(teamOf(t), stageId, Instant.now()));
  }

  public TicketView assignToMe(long id) {
    long me = currentUser.id();
    return change(loadVisible(id), t -> t.assignTo(me));
  }

  public TicketView changePriority(long id, int priority) {
    return change(loadVisible(id), t -> t.changePriority(priority));
  }

  // ---- the customer portal -------------------------------------------------------------

  /** The tickets whose customer belongs to a commercial entity (open and closed). */
  @Transactional(readOnly = true)
  public PageResponse<TicketRow> ofCommercialEntity(long commercialEntityId, PageQuery query) {
    List<Long> members =
        customers.membersOfCommercialEntity(commercialEntityId).stream()
            .map(CustomerSummary::id)
            .toList();
    Map<Long, String> names = userNames();
    return queries.page(TicketFilter.none(), query, null, members, null, names::get);
  }

  /** A ticket of a commercial entity; 404 when it belongs to another one. */
  @Transactional(readOnly = true)
  public TicketView ofCommercialEntity(long commercialEntityId, long ticketId) {
    if (!belongsToCommercialEntity(ticketId, commercialEntityId)) {
      throw new NotFoundException("Ticket", ticketId);
    }
    return view(tickets.findById(ticketId).orElseThrow());
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
    return threads.messagesOf(ref(ticketId)).stream()
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
    return threads.post(ref(ticketId), Author.customer(customerId, name), body);
  }

  /** Opens a ticket from the portal, in the first team; the customer follows it. */
  public TicketView openFromPortal(long customerId, String subject, @Nullable String description) {
    Team team =
        teams.findAll().stream()
            .min(java.util.Comparator.comparing(Team::id))
            .orElseThrow(() -> new NotFoundException("Team", "first"));
    String reference = "#" + String.format("%05d", sequences.next(SEQUENCE));
    Ticket ticket = Ticket.open(reference, subject, description, team, null, null, Instant.now());
    CustomerSummary customer = customers.get(customerId);
    ticket.concern(customer, null);
    Ticket saved = tickets.save(ticket);
    threads.followAsCustomer(ref(saved.id()), customerId, customer.displayName(), saved.email());
    return view(saved);
  }

  // ---- inside --------------------------------------------------------------------------

  private TicketView change(Ticket ticket, Consumer<Ticket> action) {
    String oldStage = stageName(ticket);
    String oldTeam = teamOf(ticket).name();
    Long oldAssignee = ticket.assigneeId();
    action.accept(ticket);
    Ticket saved = tickets.save(ticket);
    List<TrackedChange> changes = new ArrayList<>();
    String newTeam = teamOf(saved).name();
    if (!oldTeam.equals(newTeam)) {
      changes.add(new TrackedChange("Team", oldTeam, newTeam));
    }
    changes.add(new TrackedChange("Stage", oldStage, stageName(saved)));
    changes.add(new TrackedChange("Assignee", userName(oldAssignee), userName(saved.assigneeId())));
    threads.track(ref(saved.id()), author(), changes);
    if (saved.assigneeId() != null && !Objects.equals(oldAssignee, saved.assigneeId())) {
      followAsStaff(ref(saved.id()), saved.assigneeId());
    }
    return view(saved);
  }

  private void applyFields(Ticket ticket, Team team, TicketDraft draft) {
    List<FieldValidationException.FieldError> errors = new ArrayList<>();
    if (draft.assigneeId() != null && !Objects.equals(draft.assigneeId(), ticket.assigneeId())) {
      Optional<UserSummary> assignee = users.find(draft.assigneeId());
      boolean allowed =
          assignee.isPresent()
              && assignee.get().active()
              && (assignee.get().role().seesAllTeams()
                  || assignee.get().teamIds().contains(team.id()));
      if (!allowed) {
        errors.add(
            new FieldValidationException.FieldError(
                "assigneeId", "helpdesk.ticket.assignee-not-in-team"));
      }
    }
    CustomerSummary customer = null;
    if (draft.customerId() != null) {
      customer = customers.find(draft.customerId()).orElse(null);
      if (customer == null) {
        errors.add(
            new FieldValidationException.FieldError("customerId", "helpdesk.ticket.unknown"));
      }
    }
    ProductSummary product = null;
    if (draft.productId() != null) {
      product = products.find(draft.productId()).orElse(null);
      if (product == null) {
        errors.add(new FieldValidationException.FieldError("productId", "helpdesk.ticket.unknown"));
      }
    }
    LotSummary lot = null;
    if (draft.lotId() != null) {
      lot = products.findLot(draft.lotId()).orElse(null);
      if (lot == null) {
        errors.add(new FieldValidationException.FieldError("lotId", "helpdesk.ticket.unknown"));
      } else if (draft.lotId().equals(ticket.lotId()) && !fits(lot, product)) {
        // The lot kept from before no longer fits the (new or now untracked) product: cleared.
        lot = null;
      }
    }
    salesOrderError(draft.salesOrderId(), customer).ifPresent(errors::add);
    for (Long tagId : draft.tagIds()) {
      if (!tags.existsById(tagId)) {
        errors.add(new FieldValidationException.FieldError("tagIds", "helpdesk.ticket.unknown"));
      }
    }
    if (draft.priority() < 0 || draft.priority() > Ticket.MAX_PRIORITY) {
      errors.add(
          new FieldValidationException.FieldError(
              "priority", "helpdesk.ticket.priority-range", Ticket.MAX_PRIORITY));
    }
    if (!errors.isEmpty()) {
      throw new FieldValidationException(errors);
    }
    ticket.assignTo(draft.assigneeId());
    ticket.changePriority(draft.priority());
    ticket.concern(customer, draft.email());
    ticket.about(product, lot);
    ticket.referToSalesOrder(draft.salesOrderId());
    ticket.tagWith(draft.tagIds());
  }

  private static boolean fits(LotSummary lot, @Nullable ProductSummary product) {
    return product != null && product.tracking().tracked() && lot.productId() == product.id();
  }

  /** A sales order must be one of the customer's commercial entity (SPEC §2). */
  private Optional<FieldValidationException.FieldError> salesOrderError(
      @Nullable Long salesOrderId, @Nullable CustomerSummary customer) {
    if (salesOrderId == null) {
      return Optional.empty();
    }
    Optional<Long> orderCustomer = salesOrders.customerIdOf(salesOrderId);
    if (orderCustomer.isEmpty()) {
      return Optional.of(
          new FieldValidationException.FieldError("salesOrderId", "helpdesk.ticket.unknown"));
    }
    if (customer == null) {
      return Optional.of(
          new FieldValidationException.FieldError(
              "salesOrderId", "helpdesk.ticket.sales-order.no-customer"));
    }
    long entity = customer.commercialEntityId();
    boolean ofEntity =
        customers.find(orderCustomer.get()).map(CustomerSummary::commercialEntityId).stream()
            .anyMatch(e -> e == entity);
    return ofEntity
        ? Optional.empty()
        : Optional.of(
            new FieldValidationException.FieldError(
                "salesOrderId", "helpdesk.ticket.sales-order.other-customer"));
  }

  private Ticket loadVisible(long id) {
    return tickets
        .findById(id)
        .filter(ticket -> canWorkOnTeam(ticket.teamId()))
        .orElseThrow(() -> new NotFoundException("Ticket", id));
  }

  private Team teamForWork(long teamId) {
    return teams
        .findById(teamId)
        .filter(team -> canWorkOnTeam(team.id()))
        .orElseThrow(() -> FieldValidationException.of("teamId", "helpdesk.ticket.unknown-team"));
  }

  private boolean canWorkOnTeam(long teamId) {
    if (currentUser.principal().isPresent()) {
      return currentUser.canWorkOnTeam(teamId);
    }
    return !Permissions.isSignedIn();
  }

  private Team teamOf(Ticket ticket) {
    return teams.findById(ticket.teamId()).orElseThrow();
  }

  private String stageName(Ticket ticket) {
    return teamOf(ticket)
        .stage(ticket.stageId())
        .map(io.afterdesk.helpdesk.domain.Stage::name)
        .orElse("");
  }

  private @Nullable String userName(@Nullable Long userId) {
    return userId == null ? null : users.find(userId).map(UserSummary::name).orElse(null);
  }

  private void followAsStaff(DocumentRef ref, long userId) {
    users
        .find(userId)
        .ifPresent(user -> threads.followAsStaff(ref, user.id(), user.name(), user.email()));
  }

  private Author author() {
    return currentUser
        .principal()
        .map(p -> Author.staff(p.userId(), p.name()))
        .orElse(Author.system());
  }

  private Map<Long, String> userNames() {
    return users.all().stream().collect(Collectors.toMap(UserSummary::id, UserSummary::name));
  }

  private TicketView view(Ticket ticket) {
    Team team = teamOf(ticket);
    return new TicketView(
        ticket.id(),
        ticket.version() == null ? 0 : ticket.version(),
        ticket.reference(),
        ticket.subject(),
        ticket.description(),
        team.id(),
        team.name(),
        ticket.stageId(),
        stageName(ticket),
        team.stage(ticket.stageId()).map(io.afterdesk.helpdesk.domain.Stage::nameVi).orElse(null),
        ticket.assigneeId(),
        userName(ticket.assigneeId()),
        ticket.priority(),
        ticket.customerId(),
        ticket.customerName(),
        ticket.email(),
        ticket.productId(),
        ticket.lotId(),
        ticket.salesOrderId(),
        ticket.tagIds().stream().sorted().toList(),
        ticket.createdAt(),
        ticket.closedAt());
  }

  /** Tags, to resolve tag names for views. */
  @Transactional(readOnly = true)
  public List<TagView> tagsOf(TicketView ticket) {
    return tags.findAllById(ticket.tagIds()).stream()
        .map(tag -> new TagView(Objects.requireNonNull(tag.id()), tag.name(), tag.nameVi()))
        .sorted(java.util.Comparator.comparing(TagView::name))
        .toList();
  }

  static TagView tagView(Tag tag) {
    return new TagView(Objects.requireNonNull(tag.id()), tag.name(), tag.nameVi());
  }
}

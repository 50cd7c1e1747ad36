package io.afterdesk.helpdesk.domain;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.partner.CustomerSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A customer's case, worked by a team. The stage always belongs to the ticket's team; entering a
 * closing stage closes the ticket (closedAt), leaving it reopens it.
 */
@Table("helpdesk_ticket")
public class Ticket {

  public static final int MAX_PRIORITY = 3;

  @Id private @Nullable Long id;
  @Version private @Nullable Long version;

  @Embedded.Empty private TicketHeader header;

  private long teamId;
  private long stageId;
  private @Nullable Long assigneeId;
  private int priority;

  @Embedded.Empty private TicketContact contact;

  @Embedded.Empty private TicketTopic topic;

  private @Nullable Instant closedAt;

  @MappedCollection(idColumn = "ticket_id")
  private Set<TicketTag> tags;

  @PersistenceCreator
  Ticket(
      @Nullable Long id,
      @Nullable Long version,
      TicketHeader header,
      long teamId,
      long stageId,
      @Nullable Long assigneeId,
      int priority,
      TicketContact contact,
      TicketTopic topic,
      @Nullable Instant closedAt,
      Set<TicketTag> tags) {
    this.id = id;
    this.version = version;
    this.header = header;
    this.teamId = teamId;
    this.stageId = stageId;
    this.assigneeId = assigneeId;
    this.priority = priority;
    this.contact = contact;
    this.topic = topic;
    this.closedAt = closedAt;
    this.tags = new HashSet<>(tags);
  }

  /**
   * Opens a ticket in a team, at the given stage of that team or at its first stage.
   *
   * @param reference the formatted reference, e.g. {@code #00042}
   */
  public static Ticket open(
      String reference,
      String subject,
      @Nullable String description,
      Team team,
      @Nullable Long stageId,
      @Nullable Long createdBy,
      Instant now) {
    Stage first = team.firstStage();
    Ticket ticket =
        new Ticket(
            null,
            null,
            TicketHeader.opened(reference, subject, description, createdBy, now),
            team.id(),
            first.stageId(),
            null,
            0,
            TicketContact.none(),
            TicketTopic.none(),
            first.closing() ? now : null,
            Set.of());
    if (stageId != null) {
      ticket.moveToStage(team, stageId, now);
    }
    return ticket;
  }

  public void describe(String newSubject, @Nullable String newDescription) {
    this.header = header.describedAs(newSubject, newDescription);
  }

  /**
   * Moves the ticket to a stage of its team; entering a closing stage sets closedAt, leaving one
   * clears it.
   */
  public void moveToStage(Team team, long newStageId, Instant now) {
    if (team.id() != teamId) {
      throw new IllegalArgumentException("Team " + team.id() + " is not the ticket's team");
    }
    Stage stage =
        team.stage(newStageId)
            .orElseThrow(
                () ->
                    FieldValidationException.of(
                        "stageId", "helpdesk.ticket.stage-not-in-team", newStageId));
    if (stage.closing() && closedAt == null) {
      closedAt = now;
    } else if (!stage.closing()) {
      closedAt = null;
    }
    this.stageId = newStageId;
  }

  /** Hands the ticket to another team, at the given stage of that team or its first one. */
  public void transferTo(Team team, @Nullable Long newStageId, Instant now) {
    if (team.id() == teamId) {
      if (newStageId != null) {
        moveToStage(team, newStageId, now);
      }
      return;
    }
    this.teamId = team.id();
    this.stageId = team.firstStage().stageId();
    this.closedAt = null;
    moveToStage(team, newStageId == null ? team.firstStage().stageId() : newStageId, now);
  }

  /** Assigns the ticket (the caller checked that the user may work on the team), or unassigns. */
  public void assignTo(@Nullable Long userId) {
    this.assigneeId = userId;
  }

  public void changePriority(int newPriority) {
    if (newPriority < 0 || newPriority > MAX_PRIORITY) {
      throw FieldValidationException.of("priority", "helpdesk.ticket.priority-range", MAX_PRIORITY);
    }
    this.priority = newPriority;
  }

  /** Sets the customer; a blank email takes the customer's. */
  public void concern(@Nullable CustomerSummary customer, @Nullable String newEmail) {
    this.contact = TicketContact.of(customer, newEmail);
  }

  /** Sets the product and its lot/serial: a lot only for a tracked product, and of that product. */
  public void about(@Nullable ProductSummary product, @Nullable LotSummary lot) {
    this.topic = topic.about(product, lot);
  }

  /** The sales order the ticket is about (indicative). */
  public void referToSalesOrder(@Nullable Long orderId) {
    this.topic = topic.ofSalesOrder(orderId);
  }

  /**
   * Dates the ticket as if it was opened at {@code openedAt} (demo data): a closed ticket was
   * closed {@code workedFor} later, and never after {@code now}.
   */
  void dateAs(Instant openedAt, Duration workedFor, Instant now) {
    this.header = header.openedAt(openedAt);
    if (closedAt != null) {
      Instant closing = openedAt.plus(workedFor);
      this.closedAt = closing.isAfter(now) ? now : closing;
    }
  }

  public void tagWith(Collection<Long> tagIds) {
    this.tags = tagIds.stream().map(TicketTag::new).collect(Collectors.toCollection(HashSet::new));
  }

  static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public long id() {
    if (id == null) {
      throw new IllegalStateException("The ticket is not saved yet");
    }
    return id;
  }

  public @Nullable Long version() {
    return version;
  }

  public String reference() {
    return header.reference();
  }

  public String subject() {
    return header.subject();
  }

  public @Nullable String description() {
    return header.description();
  }

  public long teamId() {
    return teamId;
  }

  public long stageId() {
    return stageId;
  }

  public @Nullable Long assigneeId() {
    return assigneeId;
  }

  public int priority() {
    return priority;
  }

  public @Nullable Long customerId() {
    return contact.customerId();
  }

  public @Nullable String customerName() {
    return contact.customerName();
  }

  public @Nullable String email() {
    return contact.email();
  }

  public @Nullable Long productId() {
    return topic.productId();
  }

  public @Nullable Long lotId() {
    return topic.lotId();
  }

  public @Nullable Long salesOrderId() {
    return topic.salesOrderId();
  }

  public @Nullable Long createdBy() {
    return header.createdBy();
  }

  public Instant createdAt() {
    return header.createdAt();
  }

  public @Nullable Instant closedAt() {
    return closedAt;
  }

  public boolean closed() {
    return closedAt != null;
  }

  public Set<Long> tagIds() {
    return tags.stream().map(TicketTag::tagId).collect(Collectors.toUnmodifiableSet());
  }
}

package io.afterdesk.helpdesk.domain;

import io.afterdesk.catalog.LotSummary;
import io.afterdesk.catalog.ProductSummary;
import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.TextLimits;
import io.afterdesk.partner.CustomerSummary;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
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
  private String reference;
  private String subject;
  private @Nullable String description;
  private long teamId;
  private long stageId;
  private @Nullable Long assigneeId;
  private int priority;
  private @Nullable Long customerId;
  private @Nullable String customerName;
  private @Nullable String email;
  private @Nullable Long productId;
  private @Nullable Long lotId;
  private @Nullable Long salesOrderId;
  private @Nullable Long createdBy;
  private Instant createdAt;
  private @Nullable Instant closedAt;

  @MappedCollection(idColumn = "ticket_id")
  private Set<TicketTag> tags;

  @PersistenceCreator
  Ticket(
      @Nullable Long id,
      @Nullable Long version,
      String reference,
      String subject,
      @Nullable String description,
      long teamId,
      long stageId,
      @Nullable Long assigneeId,
      int priority,
      @Nullable Long customerId,
      @Nullable String customerName,
      @Nullable String email,
      @Nullable Long productId,
      @Nullable Long lotId,
      @Nullable Long salesOrderId,
      @Nullable Long createdBy,
      Instant createdAt,
      @Nullable Instant closedAt,
      Set<TicketTag> tags) {
    this.id = id;
    this.version = version;
    this.reference = reference;
    this.subject = subject;
    this.description = description;
    this.teamId = teamId;
    this.stageId = stageId;
    this.assigneeId = assigneeId;
    this.priority = priority;
    this.customerId = customerId;
    this.customerName = customerName;
    this.email = email;
    this.productId = productId;
    this.lotId = lotId;
    this.salesOrderId = salesOrderId;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
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
            reference,
            requireSubject(subject),
            describedAs(description),
            team.id(),
            first.stageId(),
            null,
            0,
            null,
            null,
            null,
            null,
            null,
            null,
            createdBy,
            now,
            first.closing() ? now : null,
            Set.of());
    if (stageId != null) {
      ticket.moveToStage(team, stageId, now);
    }
    return ticket;
  }

  public void describe(String newSubject, @Nullable String newDescription) {
    this.subject = requireSubject(newSubject);
    this.description = describedAs(newDescription);
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
    this.customerId = customer == null ? null : customer.id();
    this.customerName = customer == null ? null : customer.displayName();
    String given = TextLimits.email(blankToNull(newEmail), "email");
    this.email = given != null ? given : customer == null ? null : customer.email();
  }

  /** Sets the product and its lot/serial: a lot only for a tracked product, and of that product. */
  public void about(@Nullable ProductSummary product, @Nullable LotSummary lot) {
    if (lot != null) {
      if (product == null || !product.tracking().tracked()) {
        throw FieldValidationException.of("lotId", "helpdesk.ticket.lot-untracked");
      }
      if (lot.productId() != product.id()) {
        throw FieldValidationException.of("lotId", "helpdesk.ticket.lot-of-other-product");
      }
    }
    this.productId = product == null ? null : product.id();
    this.lotId = lot == null ? null : lot.id();
  }

  /** The sales order the ticket is about (indicative). */
  public void referToSalesOrder(@Nullable Long orderId) {
    this.salesOrderId = orderId;
  }

  public void tagWith(Collection<Long> tagIds) {
    this.tags = tagIds.stream().map(TicketTag::new).collect(Collectors.toCollection(HashSet::new));
  }

  private static String requireSubject(String subject) {
    if (subject == null || subject.isBlank()) {
      throw FieldValidationException.of("subject", "helpdesk.ticket.subject-required");
    }
    return TextLimits.atMost(subject.strip(), TextLimits.SUBJECT, "subject");
  }

  private static @Nullable String describedAs(@Nullable String description) {
    return TextLimits.atMost(blankToNull(description), TextLimits.DESCRIPTION, "description");
  }

  private static @Nullable String blankToNull(@Nullable String text) {
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
    return reference;
  }

  public String subject() {
    return subject;
  }

  public @Nullable String description() {
    return description;
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
    return customerId;
  }

  public @Nullable String customerName() {
    return customerName;
  }

  public @Nullable String email() {
    return email;
  }

  public @Nullable Long productId() {
    return productId;
  }

  public @Nullable Long lotId() {
    return lotId;
  }

  public @Nullable Long salesOrderId() {
    return salesOrderId;
  }

  public @Nullable Long createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
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

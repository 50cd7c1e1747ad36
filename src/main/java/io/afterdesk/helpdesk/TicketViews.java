package io.afterdesk.helpdesk;

import io.afterdesk.helpdesk.domain.Stage;
import io.afterdesk.helpdesk.domain.Tag;
import io.afterdesk.helpdesk.domain.TagRepository;
import io.afterdesk.helpdesk.domain.Team;
import io.afterdesk.helpdesk.domain.Ticket;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns tickets into the views callers get, with team, stage, assignee and tag names resolved. */
@Component
class TicketViews {

  private final TicketVisibility visibility;
  private final TagRepository tags;
  private final UserManagement users;

  TicketViews(TicketVisibility visibility, TagRepository tags, UserManagement users) {
    this.visibility = visibility;
    this.tags = tags;
    this.users = users;
  }

  TicketView of(Ticket ticket) {
    Team team = visibility.teamOf(ticket);
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
        team.stage(ticket.stageId()).map(Stage::nameVi).orElse(null),
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

  String stageName(Ticket ticket) {
    return visibility.teamOf(ticket).stage(ticket.stageId()).map(Stage::name).orElse("");
  }

  @Nullable String userName(@Nullable Long userId) {
    return userId == null ? null : users.find(userId).map(UserSummary::name).orElse(null);
  }

  Map<Long, String> userNames() {
    return users.all().stream().collect(Collectors.toMap(UserSummary::id, UserSummary::name));
  }

  List<TagView> tagsOf(TicketView ticket) {
    return tags.findAllById(ticket.tagIds()).stream()
        .map(TicketViews::tagView)
        .sorted(Comparator.comparing(TagView::name))
        .toList();
  }

  static TagView tagView(Tag tag) {
    return new TagView(Objects.requireNonNull(tag.id()), tag.name(), tag.nameVi());
  }
}

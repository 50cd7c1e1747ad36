package io.afterdesk.helpdesk;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.helpdesk.domain.Ticket;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.mail.Author;
import io.afterdesk.mail.Threads;
import io.afterdesk.mail.TrackedChange;
import io.afterdesk.partner.CustomerSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The ticket's thread as its history: team, stage and assignee changes are tracked, and whoever the
 * ticket concerns or is handed to follows it.
 */
@Component
class TicketChangeLog {

  /** What a change is compared against: the names as they were before it. */
  record Before(String team, String stage, @Nullable Long assigneeId) {}

  private final TicketVisibility visibility;
  private final TicketViews views;
  private final CurrentUser currentUser;
  private final UserManagement users;
  private final Threads threads;

  TicketChangeLog(
      TicketVisibility visibility,
      TicketViews views,
      CurrentUser currentUser,
      UserManagement users,
      Threads threads) {
    this.visibility = visibility;
    this.views = views;
    this.currentUser = currentUser;
    this.users = users;
    this.threads = threads;
  }

  Before before(Ticket ticket) {
    return new Before(
        visibility.teamOf(ticket).name(), views.stageName(ticket), ticket.assigneeId());
  }

  /** Tracks what changed since {@code before}; a new assignee starts following. */
  void changed(Before before, Ticket saved) {
    List<TrackedChange> changes = new ArrayList<>();
    String newTeam = visibility.teamOf(saved).name();
    if (!before.team().equals(newTeam)) {
      changes.add(new TrackedChange("Team", before.team(), newTeam));
    }
    changes.add(new TrackedChange("Stage", before.stage(), views.stageName(saved)));
    changes.add(
        new TrackedChange(
            "Assignee", views.userName(before.assigneeId()), views.userName(saved.assigneeId())));
    threads.track(Tickets.ref(saved.id()), author(), changes);
    if (saved.assigneeId() != null && !Objects.equals(before.assigneeId(), saved.assigneeId())) {
      followAsStaff(Tickets.ref(saved.id()), saved.assigneeId());
    }
  }

  /** A new ticket is followed by its customer, its creator and its assignee. */
  void opened(Ticket saved, @Nullable CustomerSummary customer, @Nullable Long creator) {
    DocumentRef ref = Tickets.ref(saved.id());
    if (customer != null) {
      threads.followAsCustomer(ref, customer.id(), customer.displayName(), saved.email());
    }
    if (creator != null) {
      followAsStaff(ref, creator);
    }
    if (saved.assigneeId() != null) {
      followAsStaff(ref, saved.assigneeId());
    }
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
}

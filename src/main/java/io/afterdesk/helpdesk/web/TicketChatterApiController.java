package io.afterdesk.helpdesk.web;

import io.afterdesk.common.FieldValidationException;
import io.afterdesk.common.NotFoundException;
import io.afterdesk.common.TextLimits;
import io.afterdesk.helpdesk.Tickets;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.StaffPrincipal;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.mail.Author;
import io.afterdesk.mail.Follower;
import io.afterdesk.mail.Message;
import io.afterdesk.mail.Threads;
import io.afterdesk.partner.CustomerSummary;
import io.afterdesk.partner.Customers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The chatter of a ticket over the API: messages, notes, tracked changes and followers. */
@RestController
@RequestMapping("/api/v1/tickets/{id}")
class TicketChatterApiController {

  record MessageRequest(
      @NotBlank @Size(max = TextLimits.MESSAGE) String body, @Nullable Boolean internal) {}

  record FollowerRequest(@Nullable Long customerId, @Nullable Long userId) {}

  record ItemsJson<T>(List<T> items) {}

  private final Tickets tickets;
  private final Threads threads;
  private final CurrentUser currentUser;
  private final Customers customers;
  private final UserManagement users;

  TicketChatterApiController(
      Tickets tickets,
      Threads threads,
      CurrentUser currentUser,
      Customers customers,
      UserManagement users) {
    this.tickets = tickets;
    this.threads = threads;
    this.currentUser = currentUser;
    this.customers = customers;
    this.users = users;
  }

  @GetMapping("/messages")
  ItemsJson<Message> messages(@PathVariable long id) {
    tickets.get(id);
    return new ItemsJson<>(threads.messagesOf(Tickets.ref(id)));
  }

  @PostMapping("/messages")
  ResponseEntity<Message> post(@PathVariable long id, @Valid @RequestBody MessageRequest request) {
    tickets.get(id);
    StaffPrincipal me = currentUser.require();
    Author author = Author.staff(me.userId(), me.name());
    Message message =
        Boolean.TRUE.equals(request.internal())
            ? threads.note(Tickets.ref(id), author, request.body())
            : threads.post(Tickets.ref(id), author, request.body());
    return ResponseEntity.created(URI.create("/api/v1/tickets/" + id + "/messages")).body(message);
  }

  @GetMapping("/followers")
  ItemsJson<Follower> followers(@PathVariable long id) {
    tickets.get(id);
    return new ItemsJson<>(threads.followersOf(Tickets.ref(id)));
  }

  @PostMapping("/followers")
  ResponseEntity<Follower> follow(@PathVariable long id, @RequestBody FollowerRequest request) {
    tickets.get(id);
    Follower follower;
    if (request.customerId() != null && request.userId() == null) {
      CustomerSummary customer =
          customers
              .find(request.customerId())
              .orElseThrow(
                  () -> FieldValidationException.of("customerId", "helpdesk.ticket.unknown"));
      follower =
          threads.followAsCustomer(
              Tickets.ref(id), customer.id(), customer.displayName(), customer.email());
    } else if (request.userId() != null && request.customerId() == null) {
      UserSummary user =
          users
              .find(request.userId())
              .orElseThrow(() -> FieldValidationException.of("userId", "helpdesk.ticket.unknown"));
      follower = threads.followAsStaff(Tickets.ref(id), user.id(), user.name(), user.email());
    } else {
      throw FieldValidationException.of("customerId", "helpdesk.follower.one-of");
    }
    return ResponseEntity.created(
            URI.create("/api/v1/tickets/" + id + "/followers/" + follower.id()))
        .body(follower);
  }

  @DeleteMapping("/followers/{followerId}")
  ResponseEntity<Void> unfollow(@PathVariable long id, @PathVariable long followerId) {
    tickets.get(id);
    if (!threads.unfollow(Tickets.ref(id), followerId)) {
      throw new NotFoundException("Follower", followerId);
    }
    return ResponseEntity.noContent().build();
  }
}

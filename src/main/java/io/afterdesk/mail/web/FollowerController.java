package io.afterdesk.mail.web;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.mail.Follower;
import io.afterdesk.mail.Threads;
import io.afterdesk.partner.CustomerSummary;
import io.afterdesk.partner.Customers;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The followers part of the chatter: add a customer or a staff user, remove one, search customers
 * to add. Every change answers the chatter content, for htmx to swap in place.
 */
@Controller
@RequestMapping("/threads/{type}/{id}/followers")
class FollowerController {

  private static final int CANDIDATES = 10;

  private final Threads threads;
  private final ThreadDoors doors;
  private final ChatterContent content;
  private final Customers customers;
  private final UserManagement users;

  FollowerController(
      Threads threads,
      ThreadDoors doors,
      ChatterContent content,
      Customers customers,
      UserManagement users) {
    this.threads = threads;
    this.doors = doors;
    this.content = content;
    this.customers = customers;
    this.users = users;
  }

  @PostMapping
  String follow(
      @PathVariable String type,
      @PathVariable long id,
      @ModelAttribute FollowerForm form,
      Locale locale,
      Model model) {
    DocumentRef document = doors.writable(type, id);
    String error = addFollower(document, form);
    return content.render(document, MessageForm.empty(), error, locale, model);
  }

  @PostMapping("/{followerId}/delete")
  String unfollow(
      @PathVariable String type,
      @PathVariable long id,
      @PathVariable long followerId,
      Locale locale,
      Model model) {
    DocumentRef document = doors.writable(type, id);
    threads.unfollow(document, followerId);
    return content.render(document, MessageForm.empty(), null, locale, model);
  }

  /** Customers matching the search text, to pick one as a follower. */
  @GetMapping("/candidates")
  String candidates(
      @PathVariable String type,
      @PathVariable long id,
      @RequestParam(name = "q", defaultValue = "") String text,
      Model model) {
    DocumentRef document = doors.writable(type, id);
    Set<Long> following =
        threads.followersOf(document).stream()
            .map(Follower::customerId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    List<CustomerSummary> found =
        text.isBlank()
            ? List.of()
            : customers.search(text, CANDIDATES).stream()
                .filter(customer -> !following.contains(customer.id()))
                .toList();
    model.addAttribute("documentType", document.type());
    model.addAttribute("documentId", document.id());
    model.addAttribute("candidates", found);
    model.addAttribute("searched", !text.isBlank());
    return "mail/chatter :: candidates";
  }

  /** Adds the follower; the message key of the refusal when it cannot be added. */
  private @Nullable String addFollower(DocumentRef document, FollowerForm form) {
    if ((form.customerId() == null) == (form.userId() == null)) {
      return "mail.chatter.follower-required";
    }
    if (form.customerId() != null) {
      Optional<CustomerSummary> customer = customers.find(form.customerId());
      if (customer.isEmpty()) {
        return "mail.chatter.follower-unknown";
      }
      CustomerSummary found = customer.get();
      threads.followAsCustomer(document, found.id(), found.displayName(), found.email());
      return null;
    }
    Optional<UserSummary> user = users.find(form.userId()).filter(UserSummary::active);
    if (user.isEmpty()) {
      return "mail.chatter.follower-unknown";
    }
    threads.followAsStaff(document, user.get().id(), user.get().name(), user.get().email());
    return null;
  }
}

package io.afterdesk.mail.web;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.StaffPrincipal;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.mail.Author;
import io.afterdesk.mail.Follower;
import io.afterdesk.mail.Threads;
import io.afterdesk.partner.CustomerSummary;
import io.afterdesk.partner.Customers;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The chatter of any document whose module provides a {@link io.afterdesk.mail.ThreadAccess}: the
 * thread (newest first), the composer (message to the followers or internal note) and the
 * followers. Every answer is the chatter content, for htmx to swap in place.
 */
@Controller
@RequestMapping("/threads/{type}/{id}")
class ChatterController {

  static final String CONTENT = "mail/chatter :: content";
  private static final int CANDIDATES = 10;

  private final Threads threads;
  private final ThreadDoors doors;
  private final ChatterEntries entries;
  private final CurrentUser currentUser;
  private final Customers customers;
  private final UserManagement users;

  ChatterController(
      Threads threads,
      ThreadDoors doors,
      ChatterEntries entries,
      CurrentUser currentUser,
      Customers customers,
      UserManagement users) {
    this.threads = threads;
    this.doors = doors;
    this.entries = entries;
    this.currentUser = currentUser;
    this.customers = customers;
    this.users = users;
  }

  @GetMapping
  String show(@PathVariable String type, @PathVariable long id, Locale locale, Model model) {
    DocumentRef document = doors.readable(type, id);
    return render(document, MessageForm.empty(), null, locale, model);
  }

  @PostMapping("/messages")
  String post(
      @PathVariable String type,
      @PathVariable long id,
      @Valid @ModelAttribute("composer") MessageForm form,
      BindingResult errors,
      Locale locale,
      Model model) {
    DocumentRef document = doors.writable(type, id);
    if (errors.hasErrors()) {
      return render(document, form, null, locale, model);
    }
    Author author = author();
    if (form.internal()) {
      threads.note(document, author, form.body());
    } else {
      threads.post(document, author, form.body());
    }
    return render(document, MessageForm.empty(), null, locale, model);
  }

  @PostMapping("/followers")
  String follow(
      @PathVariable String type,
      @PathVariable long id,
      @ModelAttribute FollowerForm form,
      Locale locale,
      Model model) {
    DocumentRef document = doors.writable(type, id);
    String error = addFollower(document, form);
    return render(document, MessageForm.empty(), error, locale, model);
  }

  @PostMapping("/followers/{followerId}/delete")
  String unfollow(
      @PathVariable String type,
      @PathVariable long id,
      @PathVariable long followerId,
      Locale locale,
      Model model) {
    DocumentRef document = doors.writable(type, id);
    threads.unfollow(document, followerId);
    return render(document, MessageForm.empty(), null, locale, model);
  }

  /** Customers matching the search text, to pick one as a follower. */
  @GetMapping("/followers/candidates")
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

  private Author author() {
    StaffPrincipal staff = currentUser.require();
    return Author.staff(staff.userId(), staff.name());
  }

  private String render(
      DocumentRef document,
      MessageForm composer,
      @Nullable String followerError,
      Locale locale,
      Model model) {
    boolean canWrite = doors.canWrite(document);
    List<Follower> followers = threads.followersOf(document);
    model.addAttribute("documentType", document.type());
    model.addAttribute("documentId", document.id());
    model.addAttribute("canWrite", canWrite);
    model.addAttribute("entries", entries.of(threads.messagesOf(document), locale));
    model.addAttribute("followers", followers);
    model.addAttribute("followerError", followerError);
    model.addAttribute("composer", composer);
    if (canWrite) {
      Set<Long> following =
          followers.stream()
              .map(Follower::userId)
              .filter(Objects::nonNull)
              .collect(Collectors.toSet());
      model.addAttribute(
          "staffCandidates",
          users.activeUsers().stream().filter(user -> !following.contains(user.id())).toList());
    } else {
      model.addAttribute("staffCandidates", List.of());
    }
    return CONTENT;
  }
}

package io.afterdesk.mail.web;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.TextLimits;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.Htmx;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.StaffPrincipal;
import io.afterdesk.mail.Author;
import io.afterdesk.mail.Follower;
import io.afterdesk.mail.Threads;
import io.afterdesk.mail.domain.ThreadDocuments;
import io.afterdesk.partner.Customers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The composer dialog of any document with a thread: recipients (the followers, prefilled, plus any
 * customer or address), subject, body and attachments. Sending posts the message on the thread and
 * queues one email per recipient.
 */
@Controller
@RequestMapping("/threads/{type}/{id}/compose")
class ComposerController {

  static final String DIALOG = "mail/composer :: dialog";

  private final Threads threads;
  private final ThreadDoors doors;
  private final ThreadDocuments documents;
  private final CurrentUser currentUser;
  private final Customers customers;
  private final ComposerRecipients recipients;

  ComposerController(
      Threads threads,
      ThreadDoors doors,
      ThreadDocuments documents,
      CurrentUser currentUser,
      Customers customers,
      ComposerRecipients recipients) {
    this.threads = threads;
    this.doors = doors;
    this.documents = documents;
    this.currentUser = currentUser;
    this.customers = customers;
    this.recipients = recipients;
  }

  @GetMapping
  String open(@PathVariable String type, @PathVariable long id, Model model) {
    DocumentRef document = doors.writable(type, id);
    List<Follower> followers = threads.followersOf(document);
    long me = currentUser.require().userId();
    List<Long> checked =
        followers.stream()
            .filter(f -> f.email() != null && !Long.valueOf(me).equals(f.userId()))
            .map(Follower::id)
            .toList();
    return render(
        document,
        followers,
        checked,
        List.of(),
        "",
        "Re: " + documents.title(document),
        "",
        null,
        model);
  }

  /** Customers matching the search text, each a checkbox to add as a recipient. */
  @GetMapping("/customers")
  String customers(
      @PathVariable String type,
      @PathVariable long id,
      @RequestParam(name = "q", defaultValue = "") String text,
      Model model) {
    doors.writable(type, id);
    model.addAttribute(
        "found",
        text.isBlank()
            ? List.of()
            : customers.search(text, 10).stream().filter(c -> c.email() != null).toList());
    return "mail/composer :: customers";
  }

  @PostMapping
  String send(
      @PathVariable String type,
      @PathVariable long id,
      @RequestParam(name = "followerIds", required = false) @Nullable List<Long> followerIds,
      @RequestParam(name = "customerIds", required = false) @Nullable List<Long> customerIds,
      @RequestParam(name = "addresses", defaultValue = "") String addresses,
      @RequestParam(name = "subject", defaultValue = "") String subject,
      @RequestParam(name = "body", defaultValue = "") String body,
      @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> files,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    DocumentRef document = doors.writable(type, id);
    List<Follower> followers = threads.followersOf(document);
    List<Long> checked = followerIds == null ? List.of() : followerIds;
    List<Long> customerChoice = customerIds == null ? List.of() : customerIds;
    ComposerRecipients.Resolved resolved =
        recipients.resolve(followers, checked, customerChoice, addresses);
    ComposerAttachments attachments = ComposerAttachments.of(files);
    String error = refusal(resolved.error(), subject, body, attachments);
    if (error != null) {
      return render(
          document, followers, checked, customerChoice, addresses, subject, body, error, model);
    }
    StaffPrincipal staff = currentUser.require();
    threads.compose(
        document,
        Author.staff(staff.userId(), staff.name()),
        body,
        subject,
        resolved.recipients(),
        attachments.attachments());
    Optional<String> page = documents.staffUrl(document);
    if (page.isPresent()) {
      Htmx.redirect(
          page.get(),
          Flash.success("mail.composer.flash.sent", resolved.recipients().size()),
          request,
          response);
    } else {
      response.setHeader("HX-Refresh", "true");
    }
    return "mail/composer :: done";
  }

  /** The first refusal of what was typed, in the order the dialog shows the fields. */
  private static @Nullable String refusal(
      @Nullable String recipientError, String subject, String body, ComposerAttachments files) {
    if (recipientError != null) {
      return recipientError;
    }
    if (body.isBlank()) {
      return "mail.composer.body-required";
    }
    if (subject.length() > TextLimits.SUBJECT) {
      return "mail.composer.subject-too-long";
    }
    if (body.length() > TextLimits.MESSAGE) {
      return "mail.composer.body-too-long";
    }
    return files.tooLarge() ? "mail.composer.attachments-too-large" : null;
  }

  private String render(
      DocumentRef document,
      List<Follower> followers,
      List<Long> checked,
      List<Long> customerIds,
      String addresses,
      String subject,
      String body,
      @Nullable String error,
      Model model) {
    model.addAttribute("documentType", document.type());
    model.addAttribute("documentId", document.id());
    model.addAttribute("documentTitle", documents.title(document));
    model.addAttribute("followers", followers);
    model.addAttribute("checked", checked);
    model.addAttribute(
        "chosenCustomers",
        customerIds.stream().map(customers::find).flatMap(Optional::stream).toList());
    model.addAttribute("addresses", addresses);
    model.addAttribute("subject", subject);
    model.addAttribute("body", body);
    model.addAttribute("error", error);
    return DIALOG;
  }
}

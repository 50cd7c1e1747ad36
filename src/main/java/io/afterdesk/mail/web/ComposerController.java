package io.afterdesk.mail.web;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.common.web.Flash;
import io.afterdesk.common.web.Htmx;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.StaffPrincipal;
import io.afterdesk.mail.Author;
import io.afterdesk.mail.Follower;
import io.afterdesk.mail.MailAttachment;
import io.afterdesk.mail.Recipient;
import io.afterdesk.mail.Threads;
import io.afterdesk.mail.domain.ThreadDocuments;
import io.afterdesk.partner.CustomerSummary;
import io.afterdesk.partner.Customers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+$");
  private static final long MAX_ATTACHMENTS_BYTES = 10L * 1024 * 1024;

  private final Threads threads;
  private final ThreadDoors doors;
  private final ThreadDocuments documents;
  private final CurrentUser currentUser;
  private final Customers customers;

  ComposerController(
      Threads threads,
      ThreadDoors doors,
      ThreadDocuments documents,
      CurrentUser currentUser,
      Customers customers) {
    this.threads = threads;
    this.doors = doors;
    this.documents = documents;
    this.currentUser = currentUser;
    this.customers = customers;
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
    Map<Long, Follower> byId =
        followers.stream().collect(Collectors.toMap(Follower::id, Function.identity()));
    List<Recipient> recipients = new ArrayList<>();
    checked.stream()
        .map(byId::get)
        .filter(f -> f != null && f.email() != null)
        .map(Recipient::of)
        .forEach(recipients::add);
    for (Long customerId : customerChoice) {
      Optional<CustomerSummary> customer = customers.find(customerId);
      if (customer.isPresent() && customer.get().email() != null) {
        CustomerSummary c = customer.get();
        recipients.add(new Recipient(c.email(), c.displayName(), c.id(), null));
      }
    }
    String error = null;
    for (String address : addresses.split("[,;\\s]+")) {
      if (address.isBlank()) {
        continue;
      }
      if (!EMAIL.matcher(address.trim()).matches()) {
        error = "mail.composer.address-invalid";
        break;
      }
      recipients.add(Recipient.address(address));
    }
    if (error == null && recipients.isEmpty()) {
      error = "mail.composer.recipients-required";
    }
    if (error == null && body.isBlank()) {
      error = "mail.composer.body-required";
    }
    if (error == null && subject.length() > io.afterdesk.common.TextLimits.SUBJECT) {
      error = "mail.composer.subject-too-long";
    }
    if (error == null && body.length() > io.afterdesk.common.TextLimits.MESSAGE) {
      error = "mail.composer.body-too-long";
    }
    List<MailAttachment> attachments = new ArrayList<>();
    long size = 0;
    for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
      if (file.isEmpty()) {
        continue;
      }
      size += file.getSize();
      attachments.add(
          new MailAttachment(
              file.getOriginalFilename() == null ? "attachment" : file.getOriginalFilename(),
              file.getContentType() == null ? "application/octet-stream" : file.getContentType(),
              bytes(file)));
    }
    if (error == null && size > MAX_ATTACHMENTS_BYTES) {
      error = "mail.composer.attachments-too-large";
    }
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
        recipients,
        attachments);
    Optional<String> page = documents.staffUrl(document);
    if (page.isPresent()) {
      Htmx.redirect(
          page.get(),
          Flash.success("mail.composer.flash.sent", recipients.size()),
          request,
          response);
    } else {
      response.setHeader("HX-Refresh", "true");
    }
    return "mail/composer :: done";
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

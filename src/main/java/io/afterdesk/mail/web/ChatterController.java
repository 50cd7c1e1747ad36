package io.afterdesk.mail.web;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.identity.CurrentUser;
import io.afterdesk.identity.StaffPrincipal;
import io.afterdesk.mail.Author;
import io.afterdesk.mail.Threads;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The chatter of any document whose module provides a {@link io.afterdesk.mail.ThreadAccess}: the
 * thread (newest first) and the composer (message to the followers or internal note); the followers
 * are changed through {@link FollowerController}. Every answer is the chatter content, for htmx to
 * swap in place.
 */
@Controller
@RequestMapping("/threads/{type}/{id}")
class ChatterController {

  private final Threads threads;
  private final ThreadDoors doors;
  private final ChatterContent content;
  private final CurrentUser currentUser;

  ChatterController(
      Threads threads, ThreadDoors doors, ChatterContent content, CurrentUser currentUser) {
    this.threads = threads;
    this.doors = doors;
    this.content = content;
    this.currentUser = currentUser;
  }

  @GetMapping
  String show(@PathVariable String type, @PathVariable long id, Locale locale, Model model) {
    DocumentRef document = doors.readable(type, id);
    return content.render(document, MessageForm.empty(), null, locale, model);
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
      return content.render(document, form, null, locale, model);
    }
    StaffPrincipal staff = currentUser.require();
    Author author = Author.staff(staff.userId(), staff.name());
    if (form.internal()) {
      threads.note(document, author, form.body());
    } else {
      threads.post(document, author, form.body());
    }
    return content.render(document, MessageForm.empty(), null, locale, model);
  }
}

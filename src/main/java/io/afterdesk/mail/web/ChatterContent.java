package io.afterdesk.mail.web;

import io.afterdesk.common.DocumentRef;
import io.afterdesk.identity.UserManagement;
import io.afterdesk.identity.UserSummary;
import io.afterdesk.mail.Follower;
import io.afterdesk.mail.Threads;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The chatter content every chatter answer swaps in: the thread in the reader's language, the
 * composer, the followers and, for who may write, the staff who could still follow.
 */
@Component
class ChatterContent {

  static final String CONTENT = "mail/chatter :: content";

  private final Threads threads;
  private final ThreadDoors doors;
  private final ChatterEntries entries;
  private final UserManagement users;

  ChatterContent(Threads threads, ThreadDoors doors, ChatterEntries entries, UserManagement users) {
    this.threads = threads;
    this.doors = doors;
    this.entries = entries;
    this.users = users;
  }

  String render(
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
    model.addAttribute("staffCandidates", canWrite ? staffNotFollowing(followers) : List.of());
    return CONTENT;
  }

  private List<UserSummary> staffNotFollowing(List<Follower> followers) {
    Set<Long> following =
        followers.stream()
            .map(Follower::userId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    return users.activeUsers().stream().filter(user -> !following.contains(user.id())).toList();
  }
}

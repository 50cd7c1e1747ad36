package io.afterdesk.mail;

import org.jspecify.annotations.Nullable;

/**
 * Someone an email goes to: a customer contact (gets portal links), a staff user (gets staff links)
 * or any other address (gets no link).
 */
public record Recipient(
    String email, @Nullable String name, @Nullable Long customerId, @Nullable Long userId) {

  public static Recipient of(Follower follower) {
    return new Recipient(
        follower.email() == null ? "" : follower.email(),
        follower.name(),
        follower.customerId(),
        follower.userId());
  }

  public static Recipient address(String email) {
    return new Recipient(email.trim(), null, null, null);
  }
}

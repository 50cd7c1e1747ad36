package io.afterdesk.mail;

import org.jspecify.annotations.Nullable;

/** Who wrote a message: a staff user, a portal customer, or the system itself. */
public record Author(@Nullable Long userId, @Nullable Long customerId, String name) {

  public static Author staff(long userId, String name) {
    return new Author(userId, null, name);
  }

  public static Author customer(long customerId, String name) {
    return new Author(null, customerId, name);
  }

  public static Author system() {
    return new Author(null, null, "Afterdesk");
  }
}

package io.afterdesk.web;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The brake on wrong passwords, under {@code afterdesk.login-throttle.*}. Only failures count:
 * after {@code maxFailures} wrong passwords for one account (or {@code clientMaxFailures} from one
 * client address) within {@code window}, sign-in is refused for {@code firstLock}, doubling with
 * each further failure up to {@code maxLock}. At most {@code maxEntries} accounts and clients are
 * remembered (the least recently seen are forgotten first).
 */
@ConfigurationProperties("afterdesk.login-throttle")
public record LoginThrottleProperties(
    @Nullable Boolean enabled,
    @Nullable Integer maxFailures,
    @Nullable Integer clientMaxFailures,
    @Nullable Duration window,
    @Nullable Duration firstLock,
    @Nullable Duration maxLock,
    @Nullable Integer maxEntries) {

  public static LoginThrottleProperties defaults() {
    return new LoginThrottleProperties(null, null, null, null, null, null, null);
  }

  boolean isEnabled() {
    return enabled == null || enabled;
  }

  int accountLimit() {
    return maxFailures == null ? 5 : Math.max(1, maxFailures);
  }

  int clientLimit() {
    return clientMaxFailures == null ? 20 : Math.max(1, clientMaxFailures);
  }

  Duration failureWindow() {
    return window == null ? Duration.ofMinutes(15) : window;
  }

  Duration firstLockDuration() {
    return firstLock == null ? Duration.ofSeconds(30) : firstLock;
  }

  Duration maxLockDuration() {
    return maxLock == null ? Duration.ofMinutes(15) : maxLock;
  }

  int entryLimit() {
    return maxEntries == null ? 10_000 : Math.max(10, maxEntries);
  }
}

package io.afterdesk.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords per account and per client address, for the three doors (staff form login,
 * portal form login, API Basic), and says when sign-in must wait. Kept in memory, bounded (see
 * {@link LoginThrottleProperties}); a correct password clears the account and the client.
 */
@Component
class LoginThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
  static final String METRIC = "afterdesk.login.throttled";

  /** Failures of one account or one client. */
  private static final class Failures {
    int count;
    int locks;
    Instant lastFailure = Instant.EPOCH;
    Instant lockedUntil = Instant.EPOCH;
  }

  private final LoginThrottleProperties properties;
  private final MeterRegistry meters;
  private final Clock clock;
  private final LinkedHashMap<String, Failures> entries;

  @Autowired
  LoginThrottle(LoginThrottleProperties properties, MeterRegistry meters) {
    this(properties, meters, Clock.systemUTC());
  }

  LoginThrottle(LoginThrottleProperties properties, MeterRegistry meters, Clock clock) {
    this.properties = properties;
    this.meters = meters;
    this.clock = clock;
    int limit = properties.entryLimit();
    this.entries =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > limit;
          }
        };
  }

  /**
   * How long sign-in of this account from this client must still wait, if it must; counts the
   * refused attempt in the metric {@value #METRIC} and logs it.
   */
  synchronized Optional<Duration> refusal(String door, String account, String client) {
    if (!properties.isEnabled()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Instant until =
        later(lockedUntil(accountKey(account), now), lockedUntil(clientKey(client), now));
    if (!until.isAfter(now)) {
      return Optional.empty();
    }
    Duration wait = Duration.between(now, until);
    Counter.builder(METRIC)
        .description("Sign-in attempts refused because of too many wrong passwords")
        .tag("door", door)
        .register(meters)
        .increment();
    LOG.warn(
        "Sign-in throttled at {} for account '{}' from {}: retry in {} s",
        door,
        printable(account),
        printable(client),
        wait.toSeconds());
    return Optional.of(wait);
  }

  /** A wrong password: counts for the account and the client, and locks them past the limits. */
  synchronized void failed(String door, String account, String client) {
    if (!properties.isEnabled()) {
      return;
    }
    Instant now = clock.instant();
    fail(accountKey(account), properties.accountLimit(), now, door, account, client);
    fail(clientKey(client), properties.clientLimit(), now, door, account, client);
  }

  /** A correct password: the account and the client start afresh. */
  synchronized void succeeded(String account, String client) {
    entries.remove(accountKey(account));
    entries.remove(clientKey(client));
  }

  synchronized int size() {
    return entries.size();
  }

  private void fail(
      String key, int limit, Instant now, String door, String account, String client) {
    Failures failures = entries.get(key);
    if (failures == null || expired(failures, now)) {
      failures = new Failures();
      entries.put(key, failures);
    }
    failures.count++;
    failures.lastFailure = now;
    if (failures.count >= limit) {
      failures.locks++;
      Duration lock = lockDuration(failures.locks);
      failures.lockedUntil = now.plus(lock);
      LOG.warn(
          "Sign-in locked for {} s after {} wrong passwords ({}) at {}: account '{}' from {}",
          lock.toSeconds(),
          failures.count,
          key.startsWith("account:") ? "account" : "client",
          door,
          printable(account),
          printable(client));
    }
  }

  /** The first lock, doubled for each further one, never past the maximum. */
  private Duration lockDuration(int locks) {
    Duration max = properties.maxLockDuration();
    Duration lock = properties.firstLockDuration();
    for (int i = 1; i < locks && lock.compareTo(max) < 0; i++) {
      lock = lock.multipliedBy(2);
    }
    return lock.compareTo(max) > 0 ? max : lock;
  }

  /**
   * Forgotten once the window has passed since the last failure or, when locked, since the end of
   * the lock (so that the delay keeps growing for whoever fails again right after a lock).
   */
  private boolean expired(Failures failures, Instant now) {
    return !later(failures.lockedUntil, failures.lastFailure)
        .plus(properties.failureWindow())
        .isAfter(now);
  }

  private Instant lockedUntil(String key, Instant now) {
    Failures failures = entries.get(key);
    if (failures == null) {
      return Instant.EPOCH;
    }
    if (expired(failures, now)) {
      entries.remove(key);
      return Instant.EPOCH;
    }
    return failures.lockedUntil;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static String accountKey(String account) {
    String normalized = account.strip().toLowerCase(Locale.ROOT);
    return "account:" + (normalized.length() > 200 ? normalized.substring(0, 200) : normalized);
  }

  private static String clientKey(@Nullable String client) {
    return "client:" + (client == null ? "unknown" : client);
  }

  /** No line breaks or control characters from user input in the log. */
  private static String printable(@Nullable String text) {
    if (text == null) {
      return "";
    }
    String cut = text.length() > 100 ? text.substring(0, 100) : text;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}

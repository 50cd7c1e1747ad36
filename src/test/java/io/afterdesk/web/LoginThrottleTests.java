package io.afterdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-12-01T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final ManualClock clock = new ManualClock();
  final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  LoginThrottle throttle(LoginThrottleProperties properties) {
    return new LoginThrottle(properties, meters, clock);
  }

  Optional<Duration> refusal(LoginThrottle throttle, String account, String client) {
    return throttle.refusal("staff", account, client);
  }

  void fail(LoginThrottle throttle, String account, String client, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed("staff", account, client);
    }
  }

  @Test
  void fiveWrongPasswordsLockTheAccountUntilTheLockRunsOut() {
    LoginThrottle throttle = throttle(LoginThrottleProperties.defaults());
    fail(throttle, "agent", "10.0.0.1", 4);
    assertThat(refusal(throttle, "agent", "10.0.0.1")).isEmpty();

    fail(throttle, "agent", "10.0.0.1", 1);
    assertThat(refusal(throttle, "AGENT", "10.0.0.2"))
        .as("the account is locked from any client, whatever the letter case")
        .contains(Duration.ofSeconds(30));
    assertThat(refusal(throttle, "agent2", "10.0.0.2")).isEmpty();

    clock.advance(Duration.ofSeconds(29));
    assertThat(refusal(throttle, "agent", "10.0.0.1")).contains(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    assertThat(refusal(throttle, "agent", "10.0.0.1")).isEmpty();
    throttle.succeeded("agent", "10.0.0.1");
    fail(throttle, "agent", "10.0.0.1", 4);
    assertThat(refusal(throttle, "agent", "10.0.0.1"))
        .as("a correct password started the count afresh")
        .isEmpty();
  }

  @Test
  void eachFurtherFailureDoublesTheLockUpToTheCap() {
    LoginThrottle throttle = throttle(LoginThrottleProperties.defaults());
    fail(throttle, "agent", "10.0.0.1", 5);
    Duration expected = Duration.ofSeconds(30);
    for (int lock = 1; lock <= 8; lock++) {
      assertThat(refusal(throttle, "agent", "10.0.0.1")).as("lock " + lock).contains(expected);
      clock.advance(expected);
      fail(throttle, "agent", "10.0.0.1", 1);
      expected = expected.multipliedBy(2);
      if (expected.compareTo(Duration.ofMinutes(15)) > 0) {
        expected = Duration.ofMinutes(15);
      }
    }
    assertThat(refusal(throttle, "agent", "10.0.0.1")).contains(Duration.ofMinutes(15));
  }

  @Test
  void failuresAreForgottenOnceTheWindowHasPassed() {
    LoginThrottle throttle = throttle(LoginThrottleProperties.defaults());
    fail(throttle, "agent", "10.0.0.1", 4);
    clock.advance(Duration.ofMinutes(15));
    fail(throttle, "agent", "10.0.0.1", 1);
    assertThat(refusal(throttle, "agent", "10.0.0.1")).isEmpty();
    fail(throttle, "agent", "10.0.0.1", 3);
    assertThat(refusal(throttle, "agent", "10.0.0.1")).isEmpty();
    fail(throttle, "agent", "10.0.0.1", 1);
    assertThat(refusal(throttle, "agent", "10.0.0.1")).isPresent();
  }

  @Test
  void oneClientTryingManyAccountsIsLockedToo() {
    LoginThrottle throttle = throttle(LoginThrottleProperties.defaults());
    for (int i = 0; i < 19; i++) {
      throttle.failed("portal", "user" + i + "@example.com", "203.0.113.9");
    }
    assertThat(refusal(throttle, "someone@example.com", "203.0.113.9")).isEmpty();
    throttle.failed("portal", "user19@example.com", "203.0.113.9");
    assertThat(refusal(throttle, "someone@example.com", "203.0.113.9"))
        .contains(Duration.ofSeconds(30));
    assertThat(refusal(throttle, "someone@example.com", "198.51.100.7")).isEmpty();
  }

  @Test
  void theLimitsAreProperties() {
    LoginThrottle throttle =
        throttle(
            new LoginThrottleProperties(
                true,
                2,
                50,
                Duration.ofMinutes(1),
                Duration.ofSeconds(5),
                Duration.ofSeconds(8),
                null));
    fail(throttle, "agent", "10.0.0.1", 2);
    assertThat(refusal(throttle, "agent", "10.0.0.1")).contains(Duration.ofSeconds(5));
    clock.advance(Duration.ofSeconds(5));
    fail(throttle, "agent", "10.0.0.1", 1);
    assertThat(refusal(throttle, "agent", "10.0.0.1")).contains(Duration.ofSeconds(8));

    LoginThrottle off =
        throttle(new LoginThrottleProperties(false, null, null, null, null, null, null));
    fail(off, "agent", "10.0.0.1", 100);
    assertThat(refusal(off, "agent", "10.0.0.1")).isEmpty();
  }

  @Test
  void memoryStaysBounded() {
    LoginThrottle throttle =
        throttle(new LoginThrottleProperties(null, null, null, null, null, null, 100));
    for (int i = 0; i < 5_000; i++) {
      throttle.failed("api", "guess-" + i, "10.1." + (i / 250) + "." + (i % 250));
    }
    assertThat(throttle.size()).isLessThanOrEqualTo(100);
  }

  @Test
  void refusedAttemptsAreCountedInTheMetric() {
    LoginThrottle throttle = throttle(LoginThrottleProperties.defaults());
    fail(throttle, "agent", "10.0.0.1", 5);
    throttle.refusal("api", "agent", "10.0.0.1");
    throttle.refusal("api", "agent", "10.0.0.1");
    throttle.refusal("portal", "agent", "10.0.0.1");
    assertThat(meters.get(LoginThrottle.METRIC).tag("door", "api").counter().count())
        .isEqualTo(2.0);
    assertThat(meters.get(LoginThrottle.METRIC).tag("door", "portal").counter().count())
        .isEqualTo(1.0);
  }
}

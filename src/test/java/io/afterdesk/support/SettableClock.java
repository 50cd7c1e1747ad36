package io.afterdesk.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test moves by hand ("tomorrow", "in 31 days"), in place of the application's system
 * clock: register it with {@link SettableClockConfiguration}. It starts at the real now and only
 * moves when told, so the rest of the test sees time as usual.
 */
public final class SettableClock extends Clock {

  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());
  private final ZoneId zone;

  public SettableClock(ZoneId zone) {
    this.zone = zone;
  }

  /** Moves the clock forward (or back, with a negative duration). */
  public void advance(Duration by) {
    now.updateAndGet(instant -> instant.plus(by));
  }

  /** Sets the clock to the start of a day in its zone. */
  public void setDate(LocalDate date) {
    now.set(date.atStartOfDay(zone).toInstant());
  }

  /** Back to the real time, for the next test. */
  public void reset() {
    now.set(Instant.now());
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    SettableClock copy = new SettableClock(other);
    copy.now.set(now.get());
    return copy;
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}

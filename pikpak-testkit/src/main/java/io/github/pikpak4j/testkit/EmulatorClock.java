package io.github.pikpak4j.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** The emulator's clock: a base clock plus an offset that tests can advance. */
final class EmulatorClock extends Clock {
  private final Clock base;
  private final AtomicLong offsetNanos;

  EmulatorClock(Clock base) {
    this(base, new AtomicLong());
  }

  private EmulatorClock(Clock base, AtomicLong offsetNanos) {
    this.base = base;
    this.offsetNanos = offsetNanos;
  }

  void advance(Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("cannot go back in time: " + d);
    }
    offsetNanos.addAndGet(d.toNanos());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new EmulatorClock(base.withZone(zone), offsetNanos);
  }

  @Override
  public Instant instant() {
    return base.instant().plusNanos(offsetNanos.get());
  }
}

package io.github.pikpak4j.core.policy;

import java.time.Duration;

/**
 * Waits. The SDK's blocking calls wait only through a sleeper, so tests can replace real waiting with a fake that
 * records the requested durations.
 */
@FunctionalInterface
public interface Sleeper {
  /** The real sleeper: {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

  /**
   * Waits for the given duration.
   *
   * @param duration how long; zero returns at once
   * @throws InterruptedException if the waiting thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;
}

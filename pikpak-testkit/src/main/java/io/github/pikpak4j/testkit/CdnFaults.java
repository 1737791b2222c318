package io.github.pikpak4j.testkit;

import java.time.Duration;

/**
 * Fault switches of the emulated CDN. They apply to every CDN response until changed; all are off
 * by default. Thread-safe; changes apply to responses that start afterwards.
 *
 * <pre>{@code
 * emulator.cdnFaults().bytesPerSecond(64 * 1024).latency(Duration.ofMillis(50));
 * emulator.cdnFaults().cutAfterBytes(100_000, 1); // the next response breaks after 100 kB
 * }</pre>
 */
public final class CdnFaults {
  private long bytesPerSecond;
  private Duration latency = Duration.ZERO;
  private long cutAfterBytes = -1;
  private int cutResponses;

  CdnFaults() {}

  /**
   * Caps each connection's bandwidth.
   *
   * @param bytesPerSecond bytes per second per response, 0 for unlimited (the default)
   * @return this
   */
  public synchronized CdnFaults bytesPerSecond(long bytesPerSecond) {
    if (bytesPerSecond < 0) {
      throw new IllegalArgumentException("bytesPerSecond < 0");
    }
    this.bytesPerSecond = bytesPerSecond;
    return this;
  }

  /**
   * Adds latency before each response's headers.
   *
   * @param latency the delay (real time), {@link Duration#ZERO} for none (the default)
   * @return this
   */
  public synchronized CdnFaults latency(Duration latency) {
    if (latency.isNegative()) {
      throw new IllegalArgumentException("negative latency");
    }
    this.latency = latency;
    return this;
  }

  /**
   * Cuts the connection after {@code bytes} body bytes, for the next {@code responses} responses
   * that have a body (the headers announce the full length, so clients see a premature end).
   *
   * @param bytes body bytes to send before cutting, at least 0
   * @param responses how many responses to cut; {@link Integer#MAX_VALUE} for all
   * @return this
   */
  public synchronized CdnFaults cutAfterBytes(long bytes, int responses) {
    if (bytes < 0 || responses < 0) {
      throw new IllegalArgumentException("negative argument");
    }
    this.cutAfterBytes = bytes;
    this.cutResponses = responses;
    return this;
  }

  /** Turns every CDN fault off. */
  public synchronized void clear() {
    bytesPerSecond = 0;
    latency = Duration.ZERO;
    cutAfterBytes = -1;
    cutResponses = 0;
  }

  synchronized long bytesPerSecond() {
    return bytesPerSecond;
  }

  synchronized Duration latency() {
    return latency;
  }

  /** Returns the cut position for a response that is starting, or -1, counting one use. */
  synchronized long takeCut() {
    if (cutAfterBytes < 0 || cutResponses <= 0) {
      return -1;
    }
    if (cutResponses != Integer.MAX_VALUE) {
      cutResponses--;
    }
    return cutAfterBytes;
  }
}

package io.github.pikpak4j.testkit;

import java.time.Duration;

/**
 * Fault switches of the emulated CDN. They apply to every CDN response until changed; all are off
 * by default. Thread-safe; changes apply to responses that start afterwards.
 *
 * <pre>{@code
 * emulator.cdnFaults().bytesPerSecond(64 * 1024).latency(Duration.ofMillis(50));
 * emulator.cdnFaults().closeAfterResponse(true); // no keep-alive: every request opens a new connection
 * emulator.cdnFaults().cutAfterBytes(100_000, 1); // the next response breaks after 100 kB
 * emulator.cdnFaults().stallAfterBytes(100_000, 1); // the next one goes silent after 100 kB
 * }</pre>
 */
public final class CdnFaults {
  private long bytesPerSecond;
  private Duration latency = Duration.ZERO;
  private long cutAfterBytes = -1;
  private int cutResponses;
  private long stallAfterBytes = -1;
  private int stallResponses;
  private long corruptOffset = -1;
  private boolean closeAfterResponse;
  private long throttleBytesPerSecond;
  private int throttleResponses;

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
   * Adds latency before each response's headers: the first-byte delay every request pays, as from a far CDN edge
   * (a request on a new connection pays it too; connecting itself stays a loopback connect).
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
   * Closes the connection after each response instead of keeping it alive: every response carries {@code
   * Connection: close}, so each request pays a new connection, like a CDN edge without keep-alive.
   *
   * @param close {@code true} to close after every response, {@code false} to keep connections alive (the default)
   * @return this
   */
  public synchronized CdnFaults closeAfterResponse(boolean close) {
    this.closeAfterResponse = close;
    return this;
  }

  /**
   * Caps the next {@code responses} responses that have a body at {@code bytesPerSecond} for their whole length,
   * whatever {@link #bytesPerSecond(long)} says: one slow connection among fast ones.
   *
   * @param bytesPerSecond the cap of those responses, at least 1
   * @param responses how many responses to slow down; {@link Integer#MAX_VALUE} for all
   * @return this
   */
  public synchronized CdnFaults throttleResponses(long bytesPerSecond, int responses) {
    if (bytesPerSecond < 1 || responses < 0) {
      throw new IllegalArgumentException("bytesPerSecond < 1 or responses < 0");
    }
    this.throttleBytesPerSecond = bytesPerSecond;
    this.throttleResponses = responses;
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

  /**
   * Stalls after {@code bytes} body bytes, for the next {@code responses} responses that have a body: the bytes are
   * sent, then the connection stays open and silent until the client gives up, the emulator closes, or
   * {@link #STALL_LIMIT} passes. A client's read timeout is what ends it.
   *
   * @param bytes body bytes to send before stalling, at least 0
   * @param responses how many responses to stall; {@link Integer#MAX_VALUE} for all
   * @return this
   */
  public synchronized CdnFaults stallAfterBytes(long bytes, int responses) {
    if (bytes < 0 || responses < 0) {
      throw new IllegalArgumentException("negative argument");
    }
    this.stallAfterBytes = bytes;
    this.stallResponses = responses;
    return this;
  }

  /** The longest a stalled response stays open: 60 s (real time). */
  public static final Duration STALL_LIMIT = Duration.ofSeconds(60);

  /**
   * Serves the byte at {@code offset} of every object inverted (all bits flipped), so its hash no longer matches
   * what the drive reports, while the size stays right.
   *
   * @param offset the byte's position in the content, or {@code -1} to serve content intact (the default)
   * @return this
   */
  public synchronized CdnFaults corruptByteAt(long offset) {
    if (offset < -1) {
      throw new IllegalArgumentException("offset < -1");
    }
    this.corruptOffset = offset;
    return this;
  }

  /** Turns every CDN fault off. */
  public synchronized void clear() {
    corruptOffset = -1;
    bytesPerSecond = 0;
    latency = Duration.ZERO;
    closeAfterResponse = false;
    throttleBytesPerSecond = 0;
    throttleResponses = 0;
    cutAfterBytes = -1;
    cutResponses = 0;
    stallAfterBytes = -1;
    stallResponses = 0;
  }

  synchronized long bytesPerSecond() {
    return bytesPerSecond;
  }

  synchronized Duration latency() {
    return latency;
  }

  synchronized boolean closeAfterResponse() {
    return closeAfterResponse;
  }

  /** Applies {@link #corruptByteAt(long)} to {@code n} bytes of {@code buf} holding content from {@code position}. */
  void corrupt(long position, byte[] buf, int n) {
    long at;
    synchronized (this) {
      at = corruptOffset;
    }
    if (at >= position && at < position + n) {
      int i = (int) (at - position);
      buf[i] = (byte) ~buf[i];
    }
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

  /** Returns the cap of a response that is starting when {@link #throttleResponses} applies, else 0; counts a use. */
  synchronized long takeThrottle() {
    if (throttleResponses <= 0) {
      return 0;
    }
    if (throttleResponses != Integer.MAX_VALUE) {
      throttleResponses--;
    }
    return throttleBytesPerSecond;
  }

  /** Returns the stall position for a response that is starting, or -1, counting one use. */
  synchronized long takeStall() {
    if (stallAfterBytes < 0 || stallResponses <= 0) {
      return -1;
    }
    if (stallResponses != Integer.MAX_VALUE) {
      stallResponses--;
    }
    return stallAfterBytes;
  }
}

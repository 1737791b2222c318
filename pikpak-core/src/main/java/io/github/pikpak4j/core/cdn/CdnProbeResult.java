package io.github.pikpak4j.core.cdn;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One candidate's probe.
 *
 * @param host {@code host[:port]}
 * @param latency time to the response headers, or {@code null} when the probe never answered (timeout, connection
 *     error) or was abandoned
 * @param ok whether the host serves this file (206 with the file's total size)
 * @param error why it is not ok (e.g. {@code HTTP 404}, {@code size 10 != 20}, {@code timeout}), or {@code null}
 * @param original whether this is the link's own host
 */
public record CdnProbeResult(
    String host, @Nullable Duration latency, boolean ok, @Nullable String error, boolean original) {

  /** {@return the latency in milliseconds, or {@code -1} when there is none} */
  public long latencyMillis() {
    return latency == null ? -1 : latency.toMillis();
  }
}

package io.github.pikpak4j.core.cdn;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Sends one probe: {@code GET <url>} with {@code Range: bytes=0-0} and {@code Accept: *}{@code /*}, no API headers.
 * The SDK's implementation runs on the CDN HTTP client; tests supply fakes. Cancelling the returned future should
 * abandon the request.
 */
@FunctionalInterface
public interface CdnProber {

  /**
   * Starts a probe. The future completes (never exceptionally) within about {@code timeout}.
   *
   * @param url the link moved to the candidate host
   * @param timeout the deadline of the whole exchange up to the response headers
   * @return the answer
   */
  CompletableFuture<Answer> probe(String url, Duration timeout);

  /**
   * What a probe saw.
   *
   * @param status the HTTP status, or 0 when no response arrived
   * @param totalSize the total size from {@code Content-Range: bytes 0-0/<total>}, or {@code -1}
   * @param latency the time to the response headers (or to the failure)
   * @param error why no usable answer arrived ({@code timeout}, a connection error), or {@code null}; never holds
   *     the signed URL
   */
  record Answer(int status, long totalSize, Duration latency, @Nullable String error) {
    /**
     * Returns a failed answer.
     *
     * @param latency when it failed
     * @param error why; never the signed URL
     * @return the answer
     */
    public static Answer failed(Duration latency, String error) {
      return new Answer(0, -1, latency, error);
    }
  }
}

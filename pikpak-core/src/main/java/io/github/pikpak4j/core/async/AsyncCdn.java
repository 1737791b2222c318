package io.github.pikpak4j.core.async;

import io.github.pikpak4j.core.cdn.CdnProbeReport;
import io.github.pikpak4j.core.link.ResolvedLink;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of the network calls of {@link io.github.pikpak4j.core.cdn.Cdn}: probing and rewriting (which
 * may probe). Its local operations ({@code policy()}, {@code reportFailure}, {@code reportSlow}, {@code clear}) touch
 * no network and have no twin: call them on {@code client.cdn()}.
 *
 * <pre>{@code
 * client.async().cdn().probe(url, size).thenAccept(report -> System.out.println(report));
 * }</pre>
 *
 * <p><b>Threads.</b> Probes are blocking I/O in the CDN policy; each call runs the blocking {@code client.cdn()} on
 * a dedicated thread of the async view ({@code pikpak4j-async-transfer-N}), never on the HTTP client's dispatcher
 * threads nor the common {@link java.util.concurrent.ForkJoinPool}.
 */
public interface AsyncCdn {
  /**
   * Rewrites a link's host under the policy; see {@code Cdn.rewrite(String)}.
   *
   * @param url the link
   * @return the rewritten link
   */
  CompletableFuture<String> rewrite(String url);

  /**
   * Rewrites a link's host under the policy, verifying the size on a probe; see {@code Cdn.rewrite(String, long)}.
   *
   * @param url the link
   * @param size the expected size, or {@code -1} when unknown
   * @return the rewritten link
   */
  CompletableFuture<String> rewrite(String url, long size);

  /**
   * Probes every candidate host; see {@code Cdn.probe(String, long)}.
   *
   * @param url the link
   * @param size the expected size, or {@code -1} when unknown
   * @return the report
   */
  CompletableFuture<CdnProbeReport> probe(String url, long size);

  /**
   * Probes every candidate host for a resolved link; see {@code Cdn.probe(ResolvedLink)}.
   *
   * @param link the link
   * @return the report
   */
  CompletableFuture<CdnProbeReport> probe(ResolvedLink link);
}

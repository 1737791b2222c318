package io.github.pikpak4j.core.async;

import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.link.ResolvedLink;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link io.github.pikpak4j.core.link.Links}.
 *
 * <pre>{@code
 * client.async().links().resolve("/Videos/clip.mp4", LinkPolicy.original())
 *     .thenAccept(l -> System.out.println(l.url()));
 * }</pre>
 *
 * <p><b>Threads.</b> Link resolution may probe CDN hosts (blocking I/O in the CDN policy); each step of a call (path
 * resolution, one get-file and the link choice) runs on a dedicated thread of the async view
 * ({@code pikpak4j-async-transfer-N}), never on the HTTP client's dispatcher threads nor the common
 * {@link java.util.concurrent.ForkJoinPool}. The wait for a file that has no link yet ({@code
 * Links.NO_LINK_RETRY_INTERVAL}, up to {@code Links.NO_LINK_MAX_WAIT}) is scheduled, holding no thread. The future
 * fails with the exception the blocking method throws, unwrapped.
 */
public interface AsyncLinks {
  /**
   * Resolves a path's link; see {@code Links.resolve(String, LinkPolicy)}.
   *
   * @param path the drive path or {@code id:<ID>}
   * @param policy original bytes or a media rendition
   * @return the link
   */
  CompletableFuture<ResolvedLink> resolve(String path, LinkPolicy policy);

  /**
   * Resolves a file id's link; see {@code Links.resolveId(String, LinkPolicy)}.
   *
   * @param fileId the file id
   * @param policy original bytes or a media rendition
   * @return the link
   */
  CompletableFuture<ResolvedLink> resolveId(String fileId, LinkPolicy policy);

  /**
   * Resolves a link again; see {@code Links.refresh(ResolvedLink)}.
   *
   * @param previous the expired or failing link
   * @return the fresh link
   */
  CompletableFuture<ResolvedLink> refresh(ResolvedLink previous);
}

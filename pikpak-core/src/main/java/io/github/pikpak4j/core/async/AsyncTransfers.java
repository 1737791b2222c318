package io.github.pikpak4j.core.async;

import io.github.pikpak4j.share.Share;
import io.github.pikpak4j.share.TranscodePolicy;
import io.github.pikpak4j.core.link.ResolvedLink;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.DownloadResult;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link io.github.pikpak4j.core.transfer.Transfers}.
 *
 * <pre>{@code
 * client.async().transfers().download("/Videos/clip.mp4", Path.of("clip.mp4"))
 *     .thenAccept(r -> System.out.println(r.bytes() + " bytes"));
 * }</pre>
 *
 * <p><b>Threads.</b> The download engine does blocking I/O by design; each download runs the blocking engine of
 * {@code client.transfers()} on a dedicated thread of the async view ({@code pikpak4j-async-transfer-N}, a cached
 * daemon pool owned by the client and shut down by {@code close()}), never on the HTTP client's dispatcher threads
 * nor the common {@link java.util.concurrent.ForkJoinPool}; its ranged workers run on the engine's own pool as in
 * blocking use. Cancelling the returned future interrupts that thread, which the engine answers by stopping (keeping
 * the partial file for a resume). The future fails with the exception the blocking method throws, unwrapped.
 */
public interface AsyncTransfers {
  /**
   * Downloads a drive path to a file; see {@code Transfers.download(String, Path)}.
   *
   * @param path the drive path or {@code id:<ID>}
   * @param target the local file
   * @return the result
   */
  CompletableFuture<DownloadResult> download(String path, Path target);

  /**
   * Downloads a drive path to a file with options; see {@code Transfers.download(String, Path, DownloadOptions)}.
   *
   * @param path the drive path or {@code id:<ID>}
   * @param target the local file
   * @param options the options
   * @return the result
   */
  CompletableFuture<DownloadResult> download(String path, Path target, DownloadOptions options);

  /**
   * Downloads a resolved link to a file; see {@code Transfers.download(ResolvedLink, Path, DownloadOptions)}.
   *
   * @param link the link
   * @param target the local file
   * @param options the options
   * @return the result
   */
  CompletableFuture<DownloadResult> download(ResolvedLink link, Path target, DownloadOptions options);

  /**
   * Downloads a file of an opened share to a file; see {@code Transfers.download(Share, String, TranscodePolicy,
   * Path, DownloadOptions)}.
   *
   * @param share the opened share
   * @param fileId the id of a file inside the share
   * @param policy which rendition to download
   * @param target the file to create
   * @param options the options
   * @return the outcome, or a failed future with the exception the blocking call throws
   */
  CompletableFuture<DownloadResult> download(
      Share share, String fileId, TranscodePolicy policy, Path target, DownloadOptions options);

  /**
   * Streams a drive path into a stream; see {@code Transfers.download(String, OutputStream, DownloadOptions)}.
   *
   * @param path the drive path or {@code id:<ID>}
   * @param out the stream (not closed)
   * @param options the options
   * @return the result
   */
  CompletableFuture<DownloadResult> download(String path, OutputStream out, DownloadOptions options);
}

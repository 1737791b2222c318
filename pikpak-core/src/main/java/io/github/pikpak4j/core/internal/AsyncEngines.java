package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.share.Share;
import io.github.pikpak4j.share.TranscodePolicy;
import io.github.pikpak4j.core.async.AsyncCdn;
import io.github.pikpak4j.core.async.AsyncLinks;
import io.github.pikpak4j.core.async.AsyncTransfers;
import io.github.pikpak4j.core.async.AsyncUploads;
import io.github.pikpak4j.core.cdn.Cdn;
import io.github.pikpak4j.core.cdn.CdnProbeReport;
import io.github.pikpak4j.core.link.ResolvedLink;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.DownloadResult;
import io.github.pikpak4j.core.transfer.Transfers;
import io.github.pikpak4j.core.transfer.upload.UploadOptions;
import io.github.pikpak4j.core.transfer.upload.UploadResult;
import io.github.pikpak4j.core.transfer.upload.UploadSession;
import io.github.pikpak4j.core.transfer.upload.Uploads;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The async twins of the blocking engines (downloads, uploads, links, CDN probes): each call runs the blocking engine
 * on the {@link BlockingRunner}'s own threads and completes a future (links schedule their waits; see {@code
 * AsyncLinksImpl}).
 */
public final class AsyncEngines {
  private AsyncEngines() {}

  /**
   * Returns the async downloads.
   *
   * @param sync the blocking engine
   * @param runner the threads to run it on
   * @return the twin
   */
  public static AsyncTransfers transfers(Transfers sync, BlockingRunner runner) {
    return new AsyncTransfers() {
      @Override
      public CompletableFuture<DownloadResult> download(String path, Path target) {
        return runner.run(() -> sync.download(path, target));
      }

      @Override
      public CompletableFuture<DownloadResult> download(String path, Path target, DownloadOptions options) {
        return runner.run(() -> sync.download(path, target, options));
      }

      @Override
      public CompletableFuture<DownloadResult> download(ResolvedLink link, Path target, DownloadOptions options) {
        return runner.run(() -> sync.download(link, target, options));
      }

      @Override
      public CompletableFuture<DownloadResult> download(
          Share share, String fileId, TranscodePolicy policy, Path target, DownloadOptions options) {
        return runner.run(() -> sync.download(share, fileId, policy, target, options));
      }

      @Override
      public CompletableFuture<DownloadResult> download(String path, OutputStream out, DownloadOptions options) {
        return runner.run(() -> sync.download(path, out, options));
      }
    };
  }

  /**
   * Returns the async uploads.
   *
   * @param sync the blocking engine
   * @param runner the threads to run it on
   * @return the twin
   */
  public static AsyncUploads uploads(Uploads sync, BlockingRunner runner) {
    return new AsyncUploads() {
      @Override
      public CompletableFuture<UploadResult> upload(Path file, String parentId) {
        return runner.run(() -> sync.upload(file, parentId));
      }

      @Override
      public CompletableFuture<UploadResult> upload(Path file, String parentId, UploadOptions options) {
        return runner.run(() -> sync.upload(file, parentId, options));
      }

      @Override
      public CompletableFuture<UploadResult> resume(UploadSession session, UploadOptions options) {
        return runner.run(() -> sync.resume(session, options));
      }
    };
  }

  /**
   * Returns the async link resolution: each blocking step on the runner, the waits for a file that has no link yet
   * scheduled on the client's scheduler (see {@code AsyncLinksImpl}).
   *
   * @param sync the blocking resolver
   * @param runner the threads to run its steps on
   * @return the twin
   */
  public static AsyncLinks links(LinksImpl sync, BlockingRunner runner) {
    return new AsyncLinksImpl(sync, runner, sync.scheduler());
  }

  /**
   * Returns the async CDN probes.
   *
   * @param sync the blocking policy
   * @param runner the threads to run it on
   * @return the twin
   */
  public static AsyncCdn cdn(Cdn sync, BlockingRunner runner) {
    return new AsyncCdn() {
      @Override
      public CompletableFuture<String> rewrite(String url) {
        return runner.run(() -> sync.rewrite(url));
      }

      @Override
      public CompletableFuture<String> rewrite(String url, long size) {
        return runner.run(() -> sync.rewrite(url, size));
      }

      @Override
      public CompletableFuture<CdnProbeReport> probe(String url, long size) {
        return runner.run(() -> sync.probe(url, size));
      }

      @Override
      public CompletableFuture<CdnProbeReport> probe(ResolvedLink link) {
        return runner.run(() -> sync.probe(link));
      }
    };
  }
}

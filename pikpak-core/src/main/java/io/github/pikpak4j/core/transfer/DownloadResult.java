package io.github.pikpak4j.core.transfer;

import io.github.pikpak4j.core.link.ResolvedLink;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What a finished download did.
 *
 * @param target the file written, or {@code null} for a stream download
 * @param bytes the content size in bytes
 * @param resumedBytes bytes that were already on disk from an earlier partial run
 * @param hash the verified GCID, or {@code null} when not verified (a transcode, or verification off)
 * @param connections the most connections the download used at once
 * @param elapsed the wall time of this run
 * @param link the link used last
 * @param verifyRefetches how many times the whole file was fetched again after a failed GCID check (0 normally; see
 *     {@link DownloadOptions.Builder#verifyRefetches(int)})
 */
public record DownloadResult(
    @Nullable Path target,
    long bytes,
    long resumedBytes,
    @Nullable String hash,
    int connections,
    Duration elapsed,
    ResolvedLink link,
    int verifyRefetches) {

  /** {@return the average throughput of this run in bytes per second (the resumed bytes not counted)} */
  public double bytesPerSecond() {
    double seconds = Math.max(1e-9, elapsed.toNanos() / 1e9);
    return (bytes - resumedBytes) / seconds;
  }
}

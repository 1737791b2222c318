package io.github.pikpak4j.core.transfer;

import io.github.pikpak4j.core.link.ResolvedLink;
import java.io.InputStream;

/**
 * A file on PikPak's CDN opened for random access: read any range, or stream a range in order with read-ahead over
 * several CDN connections. Made by {@link Transfers#open(String, DownloadOptions)} and its overloads.
 *
 * <pre>{@code
 * try (RemoteFile f = client.transfers().open("/Videos/movie.mkv", DownloadOptions.defaults());
 *     InputStream in = f.openStream(1_000_000, f.size())) {
 *   in.transferTo(out); // from byte 1,000,000 to the end, 4 connections ahead
 * }
 * }</pre>
 *
 * <p>Every CDN request goes through the client's {@link ConnectionBudget} under the same key as a download of the
 * same content, so all readers and downloads of one file share its per-link limit (8). The link is resolved again
 * shortly before it expires and whenever the CDN refuses it (401, 403, 410); a CDN host that fails or runs far slower
 * is demoted in the client's CDN policy and the next best host is used. A stream holds at most connections + 1
 * chunks in memory ({@link DownloadOptions#chunkSize()}, 1 MiB by default; one CDN request each, so larger chunks pay
 * the CDN's first-byte latency less often) and fetches only while its reader
 * keeps up: a slow reader holds no CDN connection while it catches up. Closing a stream, or this file, cancels its
 * requests at once and gives their connections back. Thread-safe; streams are for one thread each.
 */
public interface RemoteFile extends AutoCloseable {

  /** {@return the content size in bytes (learnt from the CDN when the link did not say)} */
  long size();

  /** {@return the link in use now (after any refresh or host change); its {@code toString()} hides the URL} */
  ResolvedLink link();

  /**
   * Reads up to {@code length} bytes at {@code position} over one CDN connection, on the calling thread.
   *
   * @param position the offset in the file, 0 or more
   * @param buffer where the bytes go
   * @param offset where in {@code buffer}
   * @param length how many bytes at most
   * @return the number of bytes read ({@code min(length, size() - position)}), or -1 at or past the end
   * @throws IndexOutOfBoundsException when the buffer range is invalid
   * @throws CdnException when the CDN keeps failing
   * @throws DownloadCancelledException when the file was closed during the read
   */
  int read(long position, byte[] buffer, int offset, int length);

  /**
   * Opens a stream of bytes {@code [from, to)} read ahead over up to {@link DownloadOptions#connections()}
   * connections. A transport failure surfaces as an {@link java.io.IOException} from {@code read}.
   *
   * @param from the first byte, 0 to {@code size()}
   * @param to the byte after the last, {@code from} to {@code size()}
   * @return the stream; close it to release its connections
   * @throws io.github.pikpak4j.api.InvalidInputException when the range is outside the file
   */
  InputStream openStream(long from, long to);

  /** Cancels every open stream and read of this file; later reads fail. */
  @Override
  void close();
}

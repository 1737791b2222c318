package io.github.pikpak4j.core.transfer;

import io.github.pikpak4j.share.Share;
import io.github.pikpak4j.share.TranscodePolicy;
import io.github.pikpak4j.core.link.ResolvedLink;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Downloads from PikPak's CDN: ranged, over several connections, resumable and verified.
 *
 * <pre>{@code
 * DownloadResult r = client.transfers().download("/Videos/movie.mp4", Path.of("movie.mp4"),
 *     DownloadOptions.builder().connections(8).build());
 * System.out.printf("%d bytes, GCID %s, %.1f MB/s%n", r.bytes(), r.hash(), r.bytesPerSecond() / 1e6);
 * }</pre>
 *
 * <p>A download to a path writes {@code <target>.part} and a small state file {@code <target>.part.json} (file id,
 * size, GCID, chunks done; written atomically) and renames the part file to the target once the size and GCID are
 * verified. A crash or a dropped connection leaves both behind; the next download of the same content resumes them.
 * CDN requests use their own HTTP/1.1 client and pool, never carry the API's {@code Authorization} or other API
 * headers, and send {@code Accept: *}{@code /*}. Expired or refused links (401, 403, 410) are resolved again, a
 * bounded number of times; transport errors and 5xx answers are retried with backoff, resuming from the bytes
 * already received.
 */
public interface Transfers {

  /**
   * Downloads a file with the {@link DownloadOptions#defaults() default options}.
   *
   * @param path a drive path or {@code id:<ID>}
   * @param target the file to create
   * @return what was done
   * @throws DownloadTargetExistsException when the target exists (before any request)
   * @throws DownloadVerificationException when the size or GCID differs (the partial file is kept)
   * @throws CdnException when the CDN keeps failing
   * @throws DownloadCancelledException when cancelled
   */
  DownloadResult download(String path, Path target);

  /**
   * Downloads a file.
   *
   * @param path a drive path or {@code id:<ID>}
   * @param target the file to create
   * @param options the options
   * @return what was done
   * @throws DownloadTargetExistsException when the target exists and {@link DownloadOptions#overwrite()} is off
   *     (before any request), or a partial file exists that cannot be resumed
   * @throws DownloadVerificationException when the size or GCID differs (the partial file is kept)
   * @throws CdnException when the CDN keeps failing
   * @throws DownloadCancelledException when cancelled
   */
  DownloadResult download(String path, Path target, DownloadOptions options);

  /**
   * Downloads an already resolved link to a file.
   *
   * @param link the link (it is resolved again when it expires)
   * @param target the file to create
   * @param options the options; its link policy is ignored
   * @return what was done
   */
  DownloadResult download(ResolvedLink link, Path target, DownloadOptions options);

  /**
   * Downloads a file of an opened share to a file, through the same engine and CDN policy as drive files. The
   * rendition follows {@code policy}; note that a shared original may stream only partly (40 to 50 % of a video, see
   * {@link TranscodePolicy}): save the share into the drive for the full original bytes. Shared files carry no GCID,
   * so only the size is verified (when the share reports it).
   *
   * @param share the opened share ({@code client.shares().open(link)})
   * @param fileId the id of a file inside the share
   * @param policy which rendition to download
   * @param target the file to create
   * @param options the options; its link policy is ignored
   * @return what was done
   * @throws DownloadTargetExistsException when the target exists and overwrite is off (before any request)
   */
  DownloadResult download(Share share, String fileId, TranscodePolicy policy, Path target, DownloadOptions options);

  /**
   * Downloads a file into a stream, in order. Several connections fetch ahead into a bounded window of memory (at
   * most two chunks per connection). Nothing is resumed; the stream is not closed.
   *
   * @param path a drive path or {@code id:<ID>}
   * @param out the destination
   * @param options the options ({@code overwrite} and {@code resume} do not apply)
   * @return what was done ({@link DownloadResult#target()} is {@code null})
   * @throws DownloadVerificationException when the size or GCID differs (the bytes were already written)
   */
  DownloadResult download(String path, OutputStream out, DownloadOptions options);

  /**
   * Opens a drive file for random access and read-ahead streaming ({@link RemoteFile}). Resolves the link now (one
   * get-file); no CDN request is made until the first read, except a one-byte size probe when the link's size is
   * unknown.
   *
   * @param path a drive path or {@code id:<ID>}
   * @param options connections, chunk size, link policy, attempts and link refreshes per read; the rest is ignored
   * @return the open file; close it
   */
  RemoteFile open(String path, DownloadOptions options);

  /**
   * Opens an already resolved drive link for random access ({@link RemoteFile}); it is resolved again through the
   * drive when it expires.
   *
   * @param link the link
   * @param options connections, chunk size, attempts and link refreshes per read; the rest is ignored
   * @return the open file; close it
   */
  RemoteFile open(ResolvedLink link, DownloadOptions options);

  /**
   * Opens a file of an opened share for random access ({@link RemoteFile}); its link is resolved (and later
   * refreshed) through the share, in the rendition {@code policy} asks for.
   *
   * @param share the opened share
   * @param fileId the id of a file inside the share
   * @param policy which rendition
   * @param options connections, chunk size, attempts and link refreshes per read; the rest is ignored
   * @return the open file; close it
   */
  RemoteFile open(Share share, String fileId, TranscodePolicy policy, DownloadOptions options);
}

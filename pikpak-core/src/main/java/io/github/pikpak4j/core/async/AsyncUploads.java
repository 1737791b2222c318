package io.github.pikpak4j.core.async;

import io.github.pikpak4j.core.transfer.upload.UploadOptions;
import io.github.pikpak4j.core.transfer.upload.UploadResult;
import io.github.pikpak4j.core.transfer.upload.UploadSession;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link io.github.pikpak4j.core.transfer.upload.Uploads}.
 *
 * <pre>{@code
 * client.async().uploads().upload(Path.of("movie.mkv"), folderId)
 *     .thenAccept(r -> System.out.println(r.fileId()));
 * }</pre>
 *
 * <p><b>Threads.</b> Hashing and the OSS transfer do blocking I/O by design; each upload runs the blocking engine of
 * {@code client.uploads()} on a dedicated thread of the async view ({@code pikpak4j-async-transfer-N}), never on the
 * HTTP client's dispatcher threads nor the common {@link java.util.concurrent.ForkJoinPool}. Cancelling the returned
 * future interrupts that thread. The future fails with the exception the blocking method throws, unwrapped.
 */
public interface AsyncUploads {
  /**
   * Uploads a file; see {@code Uploads.upload(Path, String)}.
   *
   * @param file the local file
   * @param folder a drive path, {@code id:<ID>} or a bare folder id ({@code ""} = the drive's root); see {@code
   *     Uploads.upload(Path, String)}
   * @return the result
   */
  CompletableFuture<UploadResult> upload(Path file, String folder);

  /**
   * Uploads a file with options; see {@code Uploads.upload(Path, String, UploadOptions)}.
   *
   * @param file the local file
   * @param folder a drive path, {@code id:<ID>} or a bare folder id ({@code ""} = the drive's root); see {@code
   *     Uploads.upload(Path, String)}
   * @param options the options
   * @return the result
   */
  CompletableFuture<UploadResult> upload(Path file, String folder, UploadOptions options);

  /**
   * Resumes a saved upload; see {@code Uploads.resume(UploadSession, UploadOptions)}.
   *
   * @param session the saved session
   * @param options the options
   * @return the result
   */
  CompletableFuture<UploadResult> resume(UploadSession session, UploadOptions options);
}

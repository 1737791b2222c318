package io.github.pikpak4j.core.transfer.upload;

import java.nio.file.Path;

/**
 * Uploads local files to the drive.
 *
 * <pre>{@code
 * Uploads uploads = client.uploads();
 * UploadResult r = uploads.upload(Path.of("movie.mkv"), folderId);
 * System.out.println(r.file().name() + (r.instant() ? " (instant)" : ""));
 *
 * // resumable, with progress, continued later (even in another process) after a failure:
 * UploadOptions o = UploadOptions.builder()
 *     .sessionFile(Path.of("movie.mkv.upload.json"))
 *     .progress(p -> System.err.println(p.bytesDone() + "/" + p.totalBytes()))
 *     .build();
 * try {
 *   uploads.upload(Path.of("movie.mkv"), folderId, o);
 * } catch (UploadException e) {
 *   uploads.resume(UploadSession.load(Path.of("movie.mkv.upload.json")), o);
 * }
 * }</pre>
 *
 * <p><b>Steps.</b> The file's GCID is computed (in parallel blocks), then the upload is created
 * with name, size and GCID. When the server already has the content the upload is <i>instant</i>:
 * no byte is sent. Otherwise the bytes go to OSS with the temporary credentials of the create
 * answer: one signed PUT up to {@link UploadOptions#simpleUploadThreshold()}, else a multipart
 * upload of at most 10,000 parts, {@link UploadOptions#concurrency()} parts in flight.
 *
 * <p><b>Retries.</b> The create call runs under the client's retry policy, which never replays it
 * blindly after it may have reached the server (a replay would create a second file): after a
 * failure that leaves its fate unknown (5xx, reset, timeout) the target folder is searched for an
 * entry of that name, size and GCID ({@link io.github.pikpak4j.api.AmbiguousWrites}); a complete
 * one is the result (as an instant upload), an unfinished one is removed, and the create is sent
 * once more. Each OSS part is
 * retried on its own (parts are idempotent) with the client's retry policy's attempts and backoff;
 * the completion call is not replayed: after a failure the drive is asked whether the file is
 * complete.
 *
 * <p><b>No orphans.</b> An upload that fails for good removes the drive entry it created, so the
 * name is not held by a half-made file. Two failures are left to be resumed instead: a
 * cancellation ({@link UploadCancelledException}, whose session the caller holds) and a failure
 * whose session is saved to {@link UploadOptions#sessionFile()}. {@link
 * UploadOptions#replaceUnfinished()} removes the remains of an earlier attempt whose session was
 * lost.
 *
 * <p><b>Names.</b> Uploading over an existing name follows the server (PikPak keeps both, naming
 * the new one {@code name(1)}); {@link UploadResult#renamed()} reports it.
 *
 * <p>Thread-safe; uploads may run concurrently.
 */
public interface Uploads {

  /**
   * Uploads a file with the default options.
   *
   * @param file a readable regular file
   * @param folder the target folder: a drive path ({@code /Movies}, below the client's root folder) or {@code
   *     id:<ID>}, as downloads take them, or a bare folder id ({@code ""} for the drive's root)
   * @return the uploaded file and how it was uploaded
   * @throws io.github.pikpak4j.api.InvalidInputException when the file is missing, unreadable or a
   *     directory, before any request
   * @throws io.github.pikpak4j.api.NotFoundException when the target folder does not exist
   * @throws SourceChangedException when the file changes size while it is read
   * @throws UploadException when the transfer fails (the created entry is removed: without a
   *     session file nothing is left to resume)
   */
  UploadResult upload(Path file, String folder);

  /**
   * Uploads a file.
   *
   * @param file a readable regular file
   * @param folder the target folder: a drive path ({@code /Movies}, below the client's root folder) or {@code
   *     id:<ID>}, as downloads take them, or a bare folder id ({@code ""} for the drive's root)
   * @param options name, part size, concurrency, session file, listener, cancellation
   * @return the uploaded file and how it was uploaded
   * @throws io.github.pikpak4j.api.InvalidInputException when the file is missing, unreadable or a
   *     directory, before any request
   * @throws io.github.pikpak4j.api.NotFoundException when the target folder does not exist
   * @throws SourceChangedException when the file changes while it is read
   * @throws UploadCancelledException when cancelled; its session can be resumed
   * @throws UploadException when the transfer fails; its session can be resumed when it is saved
   *     to the session file (otherwise the created entry was removed)
   */
  UploadResult upload(Path file, String folder, UploadOptions options);

  /**
   * Continues an upload from a saved session, possibly in another process: OSS is asked which
   * parts arrived, and only the others are sent. The local file must still have the size and
   * modification time recorded in the session.
   *
   * @param session the session of a failed or cancelled upload
   * @param options concurrency, session file, listener, cancellation ({@code name} and part size
   *     are taken from the session)
   * @return the uploaded file
   * @throws SourceChangedException when the local file changed since the session was saved
   * @throws UploadException when the transfer fails again, or the session can no longer be
   *     continued (credentials expired, upload aborted)
   */
  UploadResult resume(UploadSession session, UploadOptions options);
}

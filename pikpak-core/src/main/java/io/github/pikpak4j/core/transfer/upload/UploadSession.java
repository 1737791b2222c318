package io.github.pikpak4j.core.transfer.upload;

import io.github.pikpak4j.core.transfer.upload.internal.SessionCodec;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything needed to continue an upload, in this or another process: the local file (with the
 * size and modification time it had), the drive file created for it, the OSS object and temporary
 * credentials, the multipart upload id and the parts known to be done. Saved as JSON with {@link
 * #save(Path)} (or automatically through {@link UploadOptions.Builder#sessionFile(Path)}) and read
 * with {@link #load(Path)}; resume with {@link Uploads#resume(UploadSession, UploadOptions)}.
 *
 * <p>The credentials expire about 12 hours after the upload was created ({@link #expiration()});
 * a session is useless after that. The access key secret and security token are secrets: {@link
 * #toString()} masks them, and saved files are readable by their owner only.
 *
 * @param file the local file, absolute
 * @param size the file's size in bytes
 * @param modifiedMillis the file's modification time, in milliseconds since the epoch
 * @param name the name requested for the drive file
 * @param parentId the target folder id
 * @param gcid the file's GCID (upper case)
 * @param fileId the id of the drive file the create call made
 * @param endpoint the OSS endpoint of the create answer
 * @param bucket the OSS bucket
 * @param key the OSS object key
 * @param accessKeyId the STS access key id
 * @param accessKeySecret the STS access key secret (a secret)
 * @param securityToken the STS security token (a secret)
 * @param expiration when the credentials expire, or {@code null} when the server did not say
 * @param partSize the part size of a multipart upload, or 0 for a single PUT
 * @param uploadId the OSS multipart upload id, or {@code ""} when not initiated yet (or a single PUT)
 * @param parts the parts known to be done, by ascending number
 */
public record UploadSession(
    Path file,
    long size,
    long modifiedMillis,
    String name,
    String parentId,
    String gcid,
    String fileId,
    String endpoint,
    String bucket,
    String key,
    String accessKeyId,
    String accessKeySecret,
    String securityToken,
    @Nullable Instant expiration,
    long partSize,
    String uploadId,
    List<Part> parts) {

  /**
   * One part OSS acknowledged.
   *
   * @param number the part number, from 1
   * @param size the part's size in bytes
   * @param etag the ETag OSS answered, as sent back in the completion
   */
  public record Part(int number, long size, String etag) {}

  /**
   * Checks the values and copies the part list.
   *
   * @param file the local file, absolute
   * @param size the file's size in bytes
   * @param modifiedMillis the file's modification time, in milliseconds since the epoch
   * @param name the name requested for the drive file
   * @param parentId the target folder id
   * @param gcid the file's GCID (upper case)
   * @param fileId the id of the drive file the create call made
   * @param endpoint the OSS endpoint of the create answer
   * @param bucket the OSS bucket
   * @param key the OSS object key
   * @param accessKeyId the STS access key id
   * @param accessKeySecret the STS access key secret (a secret)
   * @param securityToken the STS security token (a secret)
   * @param expiration when the credentials expire, or {@code null} when the server did not say
   * @param partSize the part size of a multipart upload, or 0 for a single PUT
   * @param uploadId the OSS multipart upload id, or {@code ""} when not initiated yet (or a single PUT)
   * @param parts the parts known to be done, by ascending number
   */
  public UploadSession {
    Objects.requireNonNull(file, "file");
    parts = List.copyOf(parts);
  }

  /**
   * Returns whether the bytes go as a multipart upload (else as one PUT).
   *
   * @return {@code true} when {@link #partSize()} is positive
   */
  public boolean multipart() {
    return partSize > 0;
  }

  /**
   * Returns the number of parts of a multipart upload.
   *
   * @return {@code ceil(size / partSize)}, at least 1; 1 for a single PUT
   */
  public int partCount() {
    return partSize <= 0 || size == 0 ? 1 : (int) ((size + partSize - 1) / partSize);
  }

  /**
   * Returns a copy with another multipart upload id.
   *
   * @param newUploadId the upload id
   * @return the copy
   */
  public UploadSession withUploadId(String newUploadId) {
    return new UploadSession(file, size, modifiedMillis, name, parentId, gcid, fileId, endpoint, bucket,
        key, accessKeyId, accessKeySecret, securityToken, expiration, partSize, newUploadId, parts);
  }

  /**
   * Returns a copy with another list of done parts.
   *
   * @param newParts the parts, in any order (sorted by number in the copy)
   * @return the copy
   */
  public UploadSession withParts(List<Part> newParts) {
    List<Part> sorted =
        newParts.stream().sorted((a, b) -> Integer.compare(a.number(), b.number())).toList();
    return new UploadSession(file, size, modifiedMillis, name, parentId, gcid, fileId, endpoint, bucket,
        key, accessKeyId, accessKeySecret, securityToken, expiration, partSize, uploadId, sorted);
  }

  /**
   * Writes the session as JSON, atomically (a temporary file moved into place), readable and
   * writable by the owner only where the file system supports it.
   *
   * @param target the file to write
   * @throws IOException when it cannot be written
   */
  public void save(Path target) throws IOException {
    SessionCodec.save(this, target);
  }

  /**
   * Reads a session saved by {@link #save(Path)}.
   *
   * @param source the file
   * @return the session
   * @throws IOException when it cannot be read
   * @throws io.github.pikpak4j.api.InvalidInputException when it is not a valid session
   */
  public static UploadSession load(Path source) throws IOException {
    return SessionCodec.load(source);
  }

  /** Returns a description with the secret and the security token masked. */
  @Override
  public String toString() {
    return "UploadSession{file=" + file + ", size=" + size + ", name=" + name + ", fileId=" + fileId
        + ", bucket=" + bucket + ", key=" + key + ", accessKeyId=" + accessKeyId
        + ", accessKeySecret=***, securityToken=***, expiration=" + expiration + ", partSize=" + partSize
        + ", uploadId=" + uploadId + ", parts=" + parts.size() + "/" + partCount() + "}";
  }
}

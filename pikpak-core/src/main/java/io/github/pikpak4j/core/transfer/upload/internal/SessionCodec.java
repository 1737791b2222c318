package io.github.pikpak4j.core.transfer.upload.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.api.PikPakApis;
import io.github.pikpak4j.auth.PrivateFiles;
import io.github.pikpak4j.core.transfer.upload.UploadSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads and writes {@link UploadSession}s as JSON files (version 1). */
public final class SessionCodec {
  /** The JSON shape of a saved session. */
  record Stored(
      int version,
      String file,
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
      List<StoredPart> parts) {}

  /** One part in the JSON. */
  record StoredPart(int number, long size, String etag) {}

  private static final JsonAdapter<Stored> ADAPTER = PikPakApis.moshi().adapter(Stored.class).indent("  ");

  private SessionCodec() {}

  /**
   * Writes a session atomically through {@link PrivateFiles}: mode 0600 from the first byte, missing directories
   * 0700.
   *
   * @param s the session
   * @param target the file
   * @throws IOException when it cannot be written
   */
  public static void save(UploadSession s, Path target) throws IOException {
    List<StoredPart> parts = new ArrayList<>();
    for (UploadSession.Part p : s.parts()) {
      parts.add(new StoredPart(p.number(), p.size(), p.etag()));
    }
    Stored stored =
        new Stored(1, s.file().toString(), s.size(), s.modifiedMillis(), s.name(), s.parentId(), s.gcid(), s.fileId(),
            s.endpoint(), s.bucket(), s.key(), s.accessKeyId(), s.accessKeySecret(), s.securityToken(), s.expiration(),
            s.partSize(), s.uploadId(), parts);
    // it holds the OSS secret and STS token: 0600 from the first byte, in 0700 directories, never half-written
    PrivateFiles.write(target, ADAPTER.toJson(stored).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a session.
   *
   * @param source the file
   * @return the session
   * @throws IOException when it cannot be read
   * @throws InvalidInputException when it is not a valid session file
   */
  public static UploadSession load(Path source) throws IOException {
    String json = Files.readString(source, StandardCharsets.UTF_8);
    Stored s;
    try {
      s = ADAPTER.fromJson(json);
    } catch (JsonDataException | IOException e) {
      throw new InvalidInputException("not an upload session file: " + source + " (" + e.getMessage() + ")");
    }
    if (s == null || s.version() != 1 || s.file() == null || s.fileId() == null || s.key() == null) {
      throw new InvalidInputException("not an upload session file (version 1): " + source);
    }
    List<UploadSession.Part> parts = new ArrayList<>();
    if (s.parts() != null) {
      for (StoredPart p : s.parts()) {
        parts.add(new UploadSession.Part(p.number(), p.size(), p.etag()));
      }
    }
    return new UploadSession(Path.of(s.file()), s.size(), s.modifiedMillis(), s.name(), s.parentId(), s.gcid(),
        s.fileId(), s.endpoint(), s.bucket(), s.key(), s.accessKeyId(), s.accessKeySecret(), s.securityToken(),
        s.expiration(), s.partSize(), s.uploadId(), parts);
  }
}

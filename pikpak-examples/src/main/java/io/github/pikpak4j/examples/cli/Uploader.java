package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.transfer.upload.SourceChangedException;
import io.github.pikpak4j.core.transfer.upload.UploadException;
import io.github.pikpak4j.core.transfer.upload.UploadOptions;
import io.github.pikpak4j.core.transfer.upload.UploadResult;
import io.github.pikpak4j.core.transfer.upload.UploadSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Uploads one local file for {@code put} and {@code copy}/{@code sync}: resumable (the upload session is kept in
 * {@code uploads/} beside the session file while it runs, and the next run of the same upload continues it), instant
 * when PikPak knows the content, with progress on the live line, and with a rule for a taken name.
 *
 * <p>{@link Conflict#OVERWRITE} never leaves a moment with neither file: the new content is uploaded first under a
 * temporary name in the same folder, then the old file goes to the trash (still recoverable) and the new one takes
 * its name. A failure between the steps leaves both files, the new one under its temporary name, and says so.
 */
final class Uploader {
  /** What to do when the target folder holds the name already. */
  enum Conflict {
    /** Keep both; PikPak names the new one {@code name(1)} (the server's way, the default). */
    RENAME,
    /** Leave the existing file and upload nothing. */
    SKIP,
    /** Replace the existing file: upload under a temporary name, trash the old one, rename the new one. */
    OVERWRITE;

    /** Parses {@code rename}, {@code skip} or {@code overwrite}, for picocli. */
    static Conflict parse(String value) {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
  }

  /** The suffix of the temporary name an overwriting upload is stored under until it replaces the old file. */
  static final String TEMPORARY_SUFFIX = ".pikpak-upload";

  private final PikPakClient client;
  private final Path sessionDirectory;
  private final Feedback feedback;

  /**
   * Creates the uploader.
   *
   * @param client the client
   * @param clientSession the session file; upload sessions go to {@code uploads/} beside it
   * @param feedback where progress and notices go
   */
  Uploader(PikPakClient client, Path clientSession, Feedback feedback) {
    Path base = clientSession.toAbsolutePath().getParent();
    this.client = client;
    this.sessionDirectory = (base == null ? Path.of(".") : base).resolve("uploads");
    this.feedback = feedback;
  }

  /**
   * Uploads a file into a folder.
   *
   * @param local the local file (absolute)
   * @param label how the live line names it
   * @param folderId the drive folder
   * @param existing the entry of the same name in that folder, if any
   * @param conflict what to do when {@code existing} is present
   * @param gcid the file's GCID when already known (saves hashing it again), else {@code null}
   * @return the result, or {@code null} when skipped
   */
  @Nullable UploadResult upload(Path local, String label, String folderId, @Nullable FileEntry existing,
      Conflict conflict, @Nullable String gcid) {
    if (existing != null && conflict == Conflict.SKIP) {
      return null;
    }
    String name = local.getFileName().toString();
    boolean replace = existing != null && conflict == Conflict.OVERWRITE;
    if (replace && existing.isFolder()) {
      throw new CommandFailedException(TerminalText.safe(existing.name()) + " is a folder on the drive; not replaced");
    }
    String storedAs = replace ? temporaryName(name) : name;
    long size = sizeOf(local);
    Feedback.Item item = feedback.start(label, size);
    try {
      UploadResult result = send(local, folderId, storedAs, gcid, item);
      if (!replace) {
        return result;
      }
      client.files().trash(List.of(existing.id()));
      FileEntry renamed;
      try {
        renamed = client.files().rename(result.file().id(), name);
      } catch (RuntimeException e) {
        throw new CommandFailedException("the old " + TerminalText.safe(name) + " is in the trash, the new content is "
            + TerminalText.safe(result.file().name()) + ", but renaming it failed: " + e.getMessage());
      }
      return new UploadResult(renamed, name, result.instant(), result.bytesSent(), result.partsSent());
    } finally {
      item.done();
    }
  }

  private UploadResult send(Path local, String folderId, String name, @Nullable String gcid, Feedback.Item item) {
    Path sessionFile = sessionFile(local, folderId);
    // A half-made entry of an earlier attempt whose session is gone would hold the name: remove it first.
    UploadOptions.Builder builder = UploadOptions.builder().sessionFile(sessionFile).name(name)
        .replaceUnfinished(true).progress(p -> item.update(p.bytesDone()));
    if (gcid != null) {
      builder.gcid(gcid);
    }
    UploadOptions options = builder.build();
    UploadSession saved = loadMatching(sessionFile, local, folderId);
    if (saved != null) {
      try {
        return client.uploads().resume(saved, options);
      } catch (SourceChangedException e) {
        // the file changed: start over below
      } catch (UploadException e) {
        if (e.session().isPresent()) {
          throw e;
        }
        // the session can no longer be continued: start over below
      }
    }
    return client.uploads().upload(local, folderId, options);
  }

  /** Returns {@code name.pikpak-upload}, or a short fixed name when that would be too long for the drive. */
  static String temporaryName(String name) {
    String candidate = name + TEMPORARY_SUFFIX;
    if (candidate.getBytes(StandardCharsets.UTF_8).length <= 255) {
      return candidate;
    }
    return "upload-" + sha1(name).substring(0, 12) + TEMPORARY_SUFFIX;
  }

  /** {@code <session dir>/uploads/<sha1(file, folder)>.json}. */
  Path sessionFile(Path local, String folderId) {
    return sessionDirectory.resolve(sha1(local + "\n" + folderId) + ".json");
  }

  private static String sha1(String text) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      return HexFormat.of().formatHex(sha1.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long sizeOf(Path local) {
    try {
      return Files.size(local);
    } catch (IOException e) {
      return 0;
    }
  }

  private @Nullable UploadSession loadMatching(Path sessionFile, Path local, String folderId) {
    if (!Files.isRegularFile(sessionFile)) {
      return null;
    }
    try {
      UploadSession s = UploadSession.load(sessionFile);
      if (s.file().equals(local) && s.parentId().equals(folderId)
          && s.size() == Files.size(local) && s.modifiedMillis() == Files.getLastModifiedTime(local).toMillis()) {
        feedback.note("resuming the interrupted upload of " + TerminalText.safe(local.getFileName().toString()));
        return s;
      }
    } catch (IOException | RuntimeException e) {
      // unreadable or stale: start over
    }
    try {
      Files.deleteIfExists(sessionFile);
    } catch (IOException ignored) {
      // left behind; overwritten by the new upload
    }
    return null;
  }
}

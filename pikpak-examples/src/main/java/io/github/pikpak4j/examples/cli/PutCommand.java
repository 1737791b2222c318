package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.transfer.upload.SourceChangedException;
import io.github.pikpak4j.core.transfer.upload.UploadException;
import io.github.pikpak4j.core.transfer.upload.UploadOptions;
import io.github.pikpak4j.core.transfer.upload.UploadResult;
import io.github.pikpak4j.core.transfer.upload.UploadSession;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code pikpak put FILE [DIR]}: uploads a file, instantly when PikPak already has its content. The
 * upload session is kept in {@code uploads/} beside the session file while the upload runs, so a
 * failed or interrupted upload is resumed (only the missing parts are sent) by running the same
 * command again.
 */
@Command(
    name = "put",
    mixinStandardHelpOptions = true,
    description = {
      "Uploads a file (instant when PikPak already has its content).",
      "An interrupted upload is resumed by running the same command again."
    })
final class PutCommand extends ClientCommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "The local file.")
  @Nullable Path file;

  @Parameters(index = "1", paramLabel = "DIR", defaultValue = "/",
      description = "The target folder: a drive path (/a/b) or id:<ID>; default the root.")
  String dir = "/";

  @Override
  void run(ClientFactory.Connection connection, Output output) {
    Path local = checkFile(file);
    PikPakClient client = connection.client();
    FileEntry folder = client.files().resolve(dir);
    if (!folder.isFolder()) {
      throw new InvalidInputException(dir + " is not a folder");
    }
    Path sessionFile = sessionFile(connection.sessionFile(), local, folder.id());
    // A half-made entry of an earlier attempt whose session is gone would hold the name: remove it first.
    UploadOptions options = UploadOptions.builder().sessionFile(sessionFile).replaceUnfinished(true).build();
    UploadResult result = null;
    UploadSession saved = loadMatching(sessionFile, local, folder.id());
    if (saved != null) {
      root().err().println("resuming the interrupted upload of " + local.getFileName());
      try {
        result = client.uploads().resume(saved, options);
      } catch (SourceChangedException e) {
        result = null;
      } catch (UploadException e) {
        if (e.session().isPresent()) {
          throw e;
        }
        result = null; // the session can no longer be continued: start over
      }
    }
    if (result == null) {
      result = client.uploads().upload(local, folder.id(), options);
    }
    print(result, root().out(), root().settings().json(), output);
  }

  private static Path checkFile(@Nullable Path file) {
    if (file == null || !Files.exists(file)) {
      throw new InvalidInputException("no such file: " + file);
    }
    if (Files.isDirectory(file)) {
      throw new InvalidInputException(file + " is a directory; give a file");
    }
    if (!Files.isReadable(file)) {
      throw new InvalidInputException("cannot read " + file);
    }
    return file.toAbsolutePath().normalize();
  }

  /** {@code <session dir>/uploads/<sha1(file, folder)>.json}. */
  static Path sessionFile(Path clientSession, Path local, String folderId) {
    Path base = clientSession.toAbsolutePath().getParent();
    String id;
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      id = HexFormat.of().formatHex(sha1.digest((local + "\n" + folderId).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return (base == null ? Path.of(".") : base).resolve("uploads").resolve(id + ".json");
  }

  private static @Nullable UploadSession loadMatching(Path sessionFile, Path local, String folderId) {
    if (!Files.isRegularFile(sessionFile)) {
      return null;
    }
    try {
      UploadSession s = UploadSession.load(sessionFile);
      if (s.file().equals(local) && s.parentId().equals(folderId)
          && s.size() == Files.size(local) && s.modifiedMillis() == Files.getLastModifiedTime(local).toMillis()) {
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

  private static void print(UploadResult r, PrintStream out, boolean json, Output output) {
    if (json) {
      Map<String, @Nullable Object> map = Output.entryJson(r.file());
      map.put("instant", r.instant());
      map.put("renamed", r.renamed());
      map.put("requested_name", r.requestedName());
      map.put("bytes_sent", r.bytesSent());
      out.println(Json.write(map));
      return;
    }
    out.println(r.instant()
        ? "instant upload (PikPak already had the content; no byte sent)"
        : "uploaded " + r.bytesSent() + " bytes (" + Output.humanSize(r.bytesSent()) + ")");
    if (r.renamed()) {
      out.println(TerminalText.safe("stored as " + r.file().name() + " (" + r.requestedName() + " was taken)"));
    }
    output.entry(r.file());
  }
}

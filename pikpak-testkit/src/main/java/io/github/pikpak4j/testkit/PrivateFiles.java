package io.github.pikpak4j.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes the emulator's state files: each one complete or not at all (written to a temporary file in the same
 * directory, then moved over the target in one step), files owner read/write only (0600) and directories owner only
 * (0700) where the file system has POSIX permissions.
 */
final class PrivateFiles {
  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  /** What writes a file's bytes. */
  interface Writer {
    void writeTo(OutputStream out) throws IOException;
  }

  private PrivateFiles() {}

  /** Creates a directory and its missing parents, the ones it creates owner-only. */
  static void createDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    if (POSIX) {
      Files.createDirectories(
          dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectories(dir);
    }
  }

  /** Replaces {@code file} with what {@code writer} writes, atomically where the file system can. */
  static void write(Path file, Writer writer) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    createDirectories(dir);
    String prefix = "." + file.getFileName() + ".";
    Path tmp =
        POSIX
            ? Files.createTempFile(
                dir, prefix, ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
            : Files.createTempFile(dir, prefix, ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        writer.writeTo(out);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}

package io.github.pikpak4j.auth;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files that hold secrets (the session, an upload's saved OSS credentials) and any other file that must never
 * be seen half-written: the one place that decides how.
 *
 * <pre>{@code
 * PrivateFiles.write(Path.of("uploads", "abc.json"), json.getBytes(StandardCharsets.UTF_8));
 * }</pre>
 *
 * <ul>
 *   <li>Missing directories are created with mode {@code 0700}.
 *   <li>The bytes go to a temporary file in the same directory, created with mode {@code 0600} (so not readable by
 *       others, not even before the first byte), flushed to disk, then moved over the target atomically.
 *   <li>Whatever fails (a full disk, a failed move), the temporary file is removed: a crash or an error leaves the
 *       old file or the new one, never half of one, and no stray temporary.
 * </ul>
 *
 * <p>On file systems without POSIX permissions the modes are left to the platform.
 */
public final class PrivateFiles {
  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  /** Moves a written temporary file over the target; replaceable in tests to simulate a failure. */
  @FunctionalInterface
  interface Mover {
    void move(Path temp, Path target) throws IOException;
  }

  static final Mover ATOMIC =
      (temp, target) -> {
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      };

  private PrivateFiles() {}

  /**
   * Writes a file atomically with mode {@code 0600}, creating missing parent directories with mode {@code 0700}.
   *
   * @param file the file
   * @param bytes the whole content
   * @throws IOException when it cannot be written (the message names the file); the old file, if any, is kept and no
   *     temporary file is left
   */
  public static void write(Path file, byte[] bytes) throws IOException {
    write(file, bytes, ATOMIC);
  }

  static void write(Path file, byte[] bytes, Mover mover) throws IOException {
    Path abs = file.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir != null) {
      createDirectories(dir);
    }
    Path temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp", privateFile());
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      mover.move(temp, abs);
    } catch (IOException e) {
      throw new IOException("cannot write " + abs + ": " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Creates a directory and its missing parents, each new one with mode {@code 0700}; existing ones are left as they
   * are.
   *
   * @param dir the directory
   * @throws IOException when it cannot be created
   */
  public static void createDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    try {
      if (POSIX) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectories(dir);
      }
    } catch (FileAlreadyExistsException e) {
      // a concurrent creator won
    }
  }

  /**
   * Returns the attribute that creates a file with mode {@code 0600} (none where POSIX permissions are unsupported).
   *
   * @return the attributes to pass to {@code Files.createFile} or {@code FileChannel.open}
   */
  public static FileAttribute<?>[] privateFile() {
    if (!POSIX) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
  }
}

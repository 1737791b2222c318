package io.github.pikpak4j.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TokenStore} in a JSON file, safe to share between threads and processes.
 *
 * <pre>{@code
 * TokenStore store = FileTokenStore.of(Path.of(System.getProperty("user.home"), ".config", "pikpak", "session.json"));
 * }</pre>
 *
 * <ul>
 *   <li>Writes are atomic: the JSON goes to a temporary file in the same directory, is flushed to disk, and is then
 *       moved over the target with {@code ATOMIC_MOVE}. A crash leaves either the old or the new file, never half of
 *       one.
 *   <li>On POSIX file systems the file (and its temporary and lock files) is created with mode {@code 0600}, so it is
 *       never readable by others, not even briefly; a missing parent directory is created with mode {@code 0700}.
 *   <li>{@link #update} holds an exclusive lock: an in-process lock per file plus a {@link FileChannel#lock()} on the
 *       sidecar file {@code <name>.lock}, and re-reads the file under it, so two processes never refresh with the same
 *       refresh token.
 * </ul>
 *
 * <p>I/O failures and a malformed file are reported as {@link UncheckedIOException} naming the path (never the
 * contents).
 */
public final class FileTokenStore implements TokenStore {
  private static final Logger log = LoggerFactory.getLogger(FileTokenStore.class);
  private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();
  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  /** Moves the written temporary file over the target; replaceable in tests to simulate a crash. */
  @FunctionalInterface
  interface Mover {
    void move(Path temp, Path target) throws IOException;
  }

  private final Path file;
  private final Path lockFile;
  private final ReentrantLock localLock;
  private final Mover mover;

  FileTokenStore(Path file, Mover mover) {
    this.file = file.toAbsolutePath().normalize();
    this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
    this.localLock = LOCKS.computeIfAbsent(this.file, p -> new ReentrantLock());
    this.mover = mover;
  }

  /**
   * A store backed by a file (created on the first save).
   *
   * @param file the session file
   * @return the store
   */
  public static FileTokenStore of(Path file) {
    return new FileTokenStore(
        file,
        (temp, target) ->
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING));
  }

  /**
   * The session file.
   *
   * @return the absolute path
   */
  public Path file() {
    return file;
  }

  @Override
  public Optional<Session> load() {
    try {
      return Optional.ofNullable(read());
    } catch (IOException e) {
      throw failure("read", e);
    }
  }

  @Override
  public void save(Session session) {
    update(ignored -> session);
  }

  @Override
  public @Nullable Session update(UnaryOperator<@Nullable Session> change) {
    localLock.lock();
    try {
      createParent();
      try (FileChannel channel = FileChannel.open(lockFile, lockOptions(), privateFile())) {
        FileLock lock = channel.lock(); // held across processes until released (closing the channel also releases)
        try {
          Session current = read();
          Session next = change.apply(current);
          if (next != null && !next.equals(current)) {
            write(next);
            log.debug("Saved the session to {}", file);
          }
          return next;
        } finally {
          lock.release();
        }
      }
    } catch (IOException e) {
      throw failure("update", e);
    } finally {
      localLock.unlock();
    }
  }

  private @Nullable Session read() throws IOException {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return null;
    }
    return SessionJson.read(json);
  }

  private void write(Session session) throws IOException {
    byte[] bytes = SessionJson.write(session).getBytes(StandardCharsets.UTF_8);
    Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp", privateFile());
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      mover.move(temp, file);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private void createParent() throws IOException {
    Path parent = file.getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      try {
        if (POSIX) {
          Files.createDirectories(
              parent, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
          Files.createDirectories(parent);
        }
      } catch (FileAlreadyExistsException e) {
        // a concurrent creator won
      }
    }
  }

  private static Set<OpenOption> lockOptions() {
    return Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
  }

  private static FileAttribute<?>[] privateFile() {
    if (!POSIX) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
  }

  private UncheckedIOException failure(String what, IOException e) {
    return new UncheckedIOException("Could not " + what + " the session file " + file + ": " + e.getMessage(), e);
  }

  /** Names the file; never its contents. */
  @Override
  public String toString() {
    return "FileTokenStore{" + file + "}";
  }
}

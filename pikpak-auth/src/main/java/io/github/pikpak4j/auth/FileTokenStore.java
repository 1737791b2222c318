package io.github.pikpak4j.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
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
 * <p>A file that is not a session (empty, truncated, garbage, another format) does not stop anything: under the lock
 * it is moved aside to {@code <name>.corrupt-<UTC time>} (mode {@code 0600}; it may hold a token), reported to the
 * listener given to {@link #of(Path, Consumer)} and logged, and the store reads as empty, so the client signs in again
 * when it has credentials. I/O failures are reported as {@link UncheckedIOException} naming the path (never the
 * contents).
 */
public final class FileTokenStore implements TokenStore {
  private static final Logger log = LoggerFactory.getLogger(FileTokenStore.class);
  private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();
  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private static final DateTimeFormatter ASIDE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Path file;
  private final Path lockFile;
  private final ReentrantLock localLock;
  private final PrivateFiles.Mover mover;
  private final Consumer<Path> onSetAside;

  FileTokenStore(Path file, PrivateFiles.Mover mover, Consumer<Path> onSetAside) {
    this.file = file.toAbsolutePath().normalize();
    this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
    this.localLock = LOCKS.computeIfAbsent(this.file, p -> new ReentrantLock());
    this.mover = mover;
    this.onSetAside = onSetAside;
  }

  FileTokenStore(Path file, PrivateFiles.Mover mover) {
    this(file, mover, aside -> {});
  }

  /**
   * A store backed by a file (created on the first save).
   *
   * @param file the session file
   * @return the store
   */
  public static FileTokenStore of(Path file) {
    return of(file, aside -> {});
  }

  /**
   * A store backed by a file (created on the first save) that reports an unreadable session file it moved aside.
   *
   * @param file the session file
   * @param onSetAside receives the path an unreadable session file was moved to (for example to tell the user that
   *     the client signs in again); called on the thread that read the file
   * @return the store
   */
  public static FileTokenStore of(Path file, Consumer<Path> onSetAside) {
    return new FileTokenStore(file, PrivateFiles.ATOMIC, onSetAside);
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
      return Optional.ofNullable(read(false));
    } catch (CorruptFile e) {
      return Optional.ofNullable(update(UnaryOperator.identity())); // set aside under the lock
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
      try (FileChannel channel = FileChannel.open(lockFile, lockOptions(), PrivateFiles.privateFile())) {
        FileLock lock = channel.lock(); // held across processes until released (closing the channel also releases)
        try {
          Session current = read(true);
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

  /** Thrown by an unlocked read of a file that is not a session; the caller retries under the lock. */
  private static final class CorruptFile extends IOException {
    private static final long serialVersionUID = 1L;

    CorruptFile() {
      super("corrupt", null);
    }
  }

  private @Nullable Session read(boolean locked) throws IOException {
    byte[] raw;
    try {
      raw = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return null;
    }
    try {
      return SessionJson.read(new String(raw, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      if (!locked) {
        throw new CorruptFile();
      }
      setAside(e);
      return null;
    }
  }

  /** Moves an unreadable session file out of the way (under the lock), keeping it private. */
  private void setAside(Exception why) throws IOException {
    String stamp = ASIDE_TIME.format(Instant.now());
    Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp);
    for (int n = 1; Files.exists(aside); n++) {
      aside = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp + "-" + n);
    }
    Files.move(file, aside);
    if (POSIX) {
      Files.setPosixFilePermissions(aside, PosixFilePermissions.fromString("rw-------"));
    }
    log.warn(
        "The session file {} could not be read ({}); moved it to {}",
        file,
        why.getMessage() == null ? why.getClass().getSimpleName() : why.getMessage(),
        aside);
    onSetAside.accept(aside);
  }

  private void write(Session session) throws IOException {
    PrivateFiles.write(file, SessionJson.write(session).getBytes(StandardCharsets.UTF_8), mover);
  }

  private void createParent() throws IOException {
    Path parent = file.getParent();
    if (parent != null) {
      PrivateFiles.createDirectories(parent);
    }
  }

  private static Set<OpenOption> lockOptions() {
    return Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
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

package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.core.transfer.DownloadTargetBusyException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Holds a download target for one download: an exclusive {@link FileLock} on the sidecar {@code <target>.part.lock},
 * taken before the partial file or its state is read or touched, and released (the sidecar deleted) when the
 * download ends, however it ends. A second download of the same target, in another process or on another thread,
 * fails at once with {@link DownloadTargetBusyException} and touches nothing.
 *
 * <p>The lock is on a file of its own, not on the {@code .part}: on POSIX systems closing any descriptor of a file
 * drops the process's locks on it, and the engine opens the partial file more than once.
 */
final class TargetLock implements AutoCloseable {
  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private TargetLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  static Path lockFile(Path target) {
    return target.resolveSibling(target.getFileName() + ".part.lock");
  }

  /**
   * Takes the target.
   *
   * @param target the download target
   * @return the held lock
   * @throws DownloadTargetBusyException when another download holds it
   * @throws IOException when the lock file cannot be created
   */
  static TargetLock acquire(Path target) throws IOException {
    Path file = lockFile(target);
    for (int tries = 0; ; tries++) {
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by another thread of this process
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
      if (lock == null) {
        channel.close();
        throw new DownloadTargetBusyException(
            target, "another download is writing " + target + " right now (it holds " + file + "); wait for it to"
                + " finish or choose another target");
      }
      if (Files.exists(file) || tries > 0) {
        return new TargetLock(file, channel, lock);
      }
      // the holder finished and deleted the sidecar between our open and our lock: take a fresh one
      lock.release();
      channel.close();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      Files.deleteIfExists(file);
    } finally {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }
}

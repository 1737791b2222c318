package io.github.pikpak4j.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Server-side state of uploads: the STS credentials issued by the create call, the objects waiting
 * for their bytes, multipart uploads and their parts (in temporary files), the OSS journal and
 * faults.
 */
final class UploadStore implements AutoCloseable {
  /** The bucket every upload goes to. */
  static final String BUCKET = "pikpak-emulator-upload";

  /** STS credentials of one upload: valid for its key only, until {@code expiration}. */
  record Sts(String accessKeyId, String secret, String securityToken, Instant expiration, String key) {}

  /** An object key waiting for its bytes, bound to the drive file created for it. */
  record Target(EmulatedDrive drive, String fileId, long size, String gcid, PendingContent content) {}

  /** A multipart upload in progress. */
  record Multipart(String uploadId, String key, ConcurrentSkipListMap<Integer, StoredPart> parts) {}

  final RequestJournal journal = new RequestJournal();
  final OssFaults faults = new OssFaults();
  final AtomicInteger gcidMismatches = new AtomicInteger();
  volatile String baseUrl = "";
  private final Map<String, Sts> credentials = new ConcurrentHashMap<>();
  private final Map<String, Target> targets = new ConcurrentHashMap<>();
  private final Map<String, Multipart> multiparts = new ConcurrentHashMap<>();
  private final List<PartsContent> contents = new CopyOnWriteArrayList<>();
  private final AtomicLong fileCounter = new AtomicLong();
  private @Nullable Path dir;

  void register(Sts sts, Target target) {
    credentials.put(sts.accessKeyId(), sts);
    targets.put(sts.key(), target);
  }

  @Nullable Sts credentials(String accessKeyId) {
    return credentials.get(accessKeyId);
  }

  @Nullable Target target(String key) {
    return targets.get(key);
  }

  Multipart initiate(String key) {
    Multipart m = new Multipart(Ids.random(32), key, new ConcurrentSkipListMap<>());
    multiparts.put(m.uploadId(), m);
    return m;
  }

  @Nullable Multipart multipart(String uploadId) {
    return multiparts.get(uploadId);
  }

  void forget(Multipart m, boolean deleteParts) {
    multiparts.remove(m.uploadId());
    if (deleteParts) {
      for (StoredPart p : m.parts().values()) {
        delete(p.file());
      }
    }
  }

  /** Returns a content over the parts, closed with the store. */
  PartsContent content(List<StoredPart> parts) throws IOException {
    PartsContent c = new PartsContent(parts);
    contents.add(c);
    return c;
  }

  synchronized Path newFile() throws IOException {
    if (dir == null) {
      dir = Files.createTempDirectory("pikpak-emulator-oss");
    }
    return dir.resolve("part-" + fileCounter.incrementAndGet());
  }

  static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // best effort
    }
  }

  @Override
  public synchronized void close() {
    for (PartsContent c : contents) {
      c.close();
    }
    contents.clear();
    if (dir != null) {
      try (Stream<Path> files = Files.list(dir)) {
        List<Path> all = new ArrayList<>();
        files.forEach(all::add);
        all.forEach(UploadStore::delete);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        delete(dir);
      }
    }
  }
}

package io.github.pikpak4j.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTokenStoreTest {
  @TempDir Path dir;

  static Session session(String refresh) {
    return Session.builder()
        .refreshToken(refresh)
        .accessToken("access-" + refresh, Instant.parse("2030-01-01T00:00:00Z"))
        .userId("U1")
        .deviceId(DeviceId.of("bad0aceb2eb68a01b65b4156e2fd48e2"))
        .platform(Platform.ANDROID)
        .clientId("YNxT9w7GMdWvEOKa")
        .build();
  }

  @Test
  void roundTripsASession() {
    FileTokenStore store = FileTokenStore.of(dir.resolve("sub/session.json"));
    assertThat(store.load()).isEmpty();
    store.save(session("r1"));
    assertThat(FileTokenStore.of(dir.resolve("sub/session.json")).load()).contains(session("r1"));
    assertThat(store.toString()).doesNotContain("r1");
  }

  @Test
  void keepsTheCaptchaTokenWithItsExpiryAndNeverShowsIt() {
    Session kept = session("r1").toBuilder()
        .captchaToken("ck0.SECRET-CAPTCHA", Instant.parse("2030-01-01T00:05:00Z"))
        .build();
    FileTokenStore store = FileTokenStore.of(dir.resolve("session.json"));
    store.save(kept);
    Session loaded = FileTokenStore.of(dir.resolve("session.json")).load().orElseThrow();
    assertThat(loaded).isEqualTo(kept);
    assertThat(loaded.captchaToken()).isEqualTo("ck0.SECRET-CAPTCHA");
    assertThat(loaded.captchaTokenExpiresAt()).isEqualTo(Instant.parse("2030-01-01T00:05:00Z"));
    assertThat(loaded.toString()).doesNotContain("SECRET").contains("captchaToken=***");
    // a token without an expiry is not kept: it could never be known to be fresh
    assertThat(session("r1").toBuilder().captchaToken("ck0.x", null).build().captchaToken()).isNull();
  }

  @Test
  void fileIsCreatedWithMode0600() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path file = dir.resolve("private/session.json");
    FileTokenStore store = FileTokenStore.of(file);
    // observe the temporary file at the moment it is complete, before it becomes the target
    List<String> seen = new ArrayList<>();
    FileTokenStore observed =
        new FileTokenStore(
            file,
            (temp, target) -> {
              seen.add(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp)));
              Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            });
    observed.save(session("r1"));
    store.save(session("r2"));
    assertThat(seen).containsExactly("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.resolveSibling("session.json.lock"))))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
  }

  @Test
  void aCrashBetweenWriteAndMoveLeavesTheOldContent() throws IOException {
    Path file = dir.resolve("session.json");
    FileTokenStore.of(file).save(session("old"));
    String before = Files.readString(file);
    AtomicBoolean tempWasComplete = new AtomicBoolean();
    FileTokenStore crashing =
        new FileTokenStore(
            file,
            (temp, target) -> {
              tempWasComplete.set(SessionJson.read(Files.readString(temp)).equals(session("new")));
              throw new IOException("simulated crash before the move");
            });
    assertThatThrownBy(() -> crashing.save(session("new")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageNotContaining("access-new");
    assertThat(tempWasComplete).isTrue();
    assertThat(Files.readString(file)).isEqualTo(before);
    assertThat(FileTokenStore.of(file).load()).contains(session("old"));
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("session.json", "session.json.lock");
    }
  }

  @Test
  void readersSeeOnlyWholeFilesWhileAWriterRewritesIt() throws Exception {
    Path file = dir.resolve("session.json");
    FileTokenStore writer = FileTokenStore.of(file);
    writer.save(session("r0"));
    FileTokenStore reader = FileTokenStore.of(file);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch started = new CountDownLatch(1);
      Future<Integer> reads =
          pool.submit(
              () -> {
                started.countDown();
                int n = 0;
                for (int i = 0; i < 200; i++) {
                  assertThat(reader.load()).isPresent(); // parses: never a half file
                  n++;
                }
                return n;
              });
      started.await();
      for (int i = 1; i <= 60; i++) {
        writer.save(session("r" + i));
      }
      assertThat(reads.get(10, TimeUnit.SECONDS)).isEqualTo(200);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoStoresOnOneFileSerialiseReadModifyWrite() throws Exception {
    Path file = dir.resolve("shared.json");
    FileTokenStore.of(file).save(session("r0"));
    int workers = 6;
    int rounds = 10;
    CyclicBarrier barrier = new CyclicBarrier(workers);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger maxInside = new AtomicInteger();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        FileTokenStore store = FileTokenStore.of(file); // one "process" each
        futures.add(
            pool.submit(
                () -> {
                  barrier.await();
                  for (int i = 0; i < rounds; i++) {
                    store.update(
                        current -> {
                          maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                          int n = Integer.parseInt(current.refreshToken().substring(1));
                          Session next = session("r" + (n + 1));
                          inside.decrementAndGet();
                          return next;
                        });
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get(20, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(maxInside).hasValue(1);
    assertThat(FileTokenStore.of(file).load().orElseThrow().refreshToken()).isEqualTo("r" + workers * rounds);
  }

  @Test
  void twoProcessesOnOneFileLoseNoUpdate() throws Exception {
    Path file = dir.resolve("shared.json");
    FileTokenStore.of(file).save(session("r0"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> processes = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      processes.add(
          new ProcessBuilder(
                  java, "-cp", System.getProperty("java.class.path"), StoreWorker.class.getName(), file.toString(), "30")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start());
    }
    for (Process p : processes) {
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
    }
    assertThat(FileTokenStore.of(file).load().orElseThrow().refreshToken()).isEqualTo("r60");
  }

  @Test
  void updateThatThrowsStoresNothing() {
    Path file = dir.resolve("session.json");
    FileTokenStore store = FileTokenStore.of(file);
    store.save(session("r1"));
    assertThatThrownBy(
            () ->
                store.update(
                    current -> {
                      throw new IllegalStateException("refresh failed");
                    }))
        .hasMessage("refresh failed");
    assertThat(store.load()).contains(session("r1"));
  }

  @Test
  void aMalformedFileNoLongerStopsTheStoreAndItsTokenStaysPrivate() throws IOException {
    Path file = dir.resolve("session.json");
    Files.writeString(file, "{\"refresh_token\":\"SECRET\",\"platform\":\"web\"}");
    List<Path> aside = new ArrayList<>();
    assertThat(FileTokenStore.of(file, aside::add).load()).isEmpty();
    assertThat(aside).singleElement().satisfies(p -> assertThat(Files.readString(p)).contains("SECRET"));
    assertThat(aside.get(0).getFileName().toString()).doesNotContain("SECRET");
  }

  @Test
  void inMemoryStoreUpdateIsAtomic() {
    InMemoryTokenStore store = new InMemoryTokenStore();
    assertThat(store.update(s -> s == null ? session("r1") : s)).isEqualTo(session("r1"));
    assertThat(store.load()).contains(session("r1"));
    assertThat(store.toString()).doesNotContain("r1");
  }

  @Test
  void anUnreadableSessionFileIsMovedAsidePrivatelyAndReadsAsEmpty() throws IOException {
    for (String junk : new String[] {"", "garbage{", "{\"refresh_token\":5}", "\u0000\u0001"}) {
      Path sub = Files.createDirectories(dir.resolve("case" + junk.length() + junk.hashCode()));
      Path file = sub.resolve("session.json");
      Files.writeString(file, junk);
      List<Path> reported = new ArrayList<>();
      FileTokenStore store = FileTokenStore.of(file, reported::add);
      assertThat(store.load()).isEmpty();
      assertThat(file).doesNotExist();
      assertThat(reported).hasSize(1);
      Path aside = reported.get(0);
      assertThat(aside.getFileName().toString()).matches("session\\.json\\.corrupt-\\d{8}T\\d{6}Z");
      assertThat(Files.readString(aside)).isEqualTo(junk);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(aside))).isEqualTo("rw-------");
      }
      store.save(session("fresh"));
      assertThat(FileTokenStore.of(file).load()).contains(session("fresh"));
    }
  }
}

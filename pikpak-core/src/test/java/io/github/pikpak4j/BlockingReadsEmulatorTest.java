package io.github.pikpak4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The blocking view's reads run their requests on the caller's thread (no hand-off to OkHttp's dispatcher), with the
 * same retry policy, whose waits then go to the injected sleeper; the async view keeps the dispatcher.
 */
class BlockingReadsEmulatorTest {
  private static PikPakEmulator emulator;
  private static String folderId;

  @BeforeAll
  static void start() {
    emulator = PikPakEmulator.start();
    folderId = emulator.addFolder(emulator.root(), "reads");
    emulator.addFile(folderId, "a.bin", 10, 1);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @Test
  void listingsGetAndResolveRunOnTheCallersThreadAndTheAsyncViewDoesNot() {
    Map<String, String> threadOfPath = new ConcurrentHashMap<>();
    OkHttpClient recording = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          threadOfPath.put(chain.request().url().encodedPath(), Thread.currentThread().getName());
          return chain.proceed(chain.request());
        })
        .build();
    try (PikPakClient client = DemoClients.builder(emulator).inMemorySession().okHttpClient(recording).build()) {
      String caller = Thread.currentThread().getName();
      FileEntry folder = client.files().resolve("/reads");
      List<FileEntry> listed = new ArrayList<>();
      client.files().listAll(folder.id()).forEach(listed::add);
      assertThat(listed).extracting(FileEntry::name).containsExactly("a.bin");
      assertThat(threadOfPath).containsEntry("/drive/v1/files", caller);
      client.files().get(listed.get(0).id());
      assertThat(threadOfPath).containsEntry("/drive/v1/files/" + listed.get(0).id(), caller);

      threadOfPath.clear();
      client.async().files().list(folder.id()).join();
      assertThat(threadOfPath.get("/drive/v1/files")).isNotEqualTo(caller);
    }
  }

  @Test
  void aRetriedBlockingListingWaitsThroughTheSleeper() {
    List<Duration> waits = new ArrayList<>();
    try (PikPakClient client = DemoClients.builder(emulator).inMemorySession().sleeper(waits::add).build()) {
      client.files().resolve("/reads");
      emulator.faults().respond("GET /drive/v1/files", 1, 503, "{}");

      assertThat(client.files().list(folderId).items()).extracting(FileEntry::name).containsExactly("a.bin");

      assertThat(waits).hasSize(1);
      assertThat(waits.get(0)).isPositive();
    }
  }
}

package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a user's first test does, on the class path a user's project gets from our POMs. */
class ConsumerClasspathTest {

  @Test
  void oneOkHttpAndOneOkioOnTheClassPath() throws IOException {
    assertEquals(1, copies("okhttp3/OkHttpClient.class").size(), "OkHttp copies: " + copies("okhttp3/OkHttpClient.class"));
    assertEquals(1, copies("okio/Okio.class").size(), "okio copies: " + copies("okio/Okio.class"));
    assertEquals(System.getProperty("expected.okhttp.version"), okhttp3.OkHttp.VERSION);
  }

  @Test
  void listsTheEmulatorsDemoDrive() {
    List<String> names = new ArrayList<>();
    try (PikPakEmulator emulator = PikPakEmulator.start();
        PikPakClient client =
            PikPakClient.builder().fromEnv(emulator.clientEnvironment()).inMemorySession().build()) {
      for (FileEntry entry : client.files().listAll("")) {
        names.add(entry.name());
      }
    }
    assertTrue(names.contains("README.txt") && names.contains("Documents"), "root listing: " + names);
  }

  private static List<URL> copies(String resource) throws IOException {
    return Collections.list(ConsumerClasspathTest.class.getClassLoader().getResources(resource));
  }
}

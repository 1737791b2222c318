package io.github.pikpak4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.link.LinkSource;
import io.github.pikpak4j.core.link.ResolvedLink;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CDN closes idle keep-alive connections (nginx after 75 s, the JDK server after 30 s) without telling the client.
 * A download that starts later must not spend its failure budget on the pooled connections the server has closed.
 */
class CdnStaleConnectionTest {
  @StartStop final MockWebServer cdn = new MockWebServer();
  @TempDir Path dir;

  @Test
  void aPooledConnectionTheCdnClosedWhileIdleIsReplacedWithoutCountingAFailure() throws Exception {
    byte[] content = new byte[50_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i * 31);
    }
    // the first answer keeps the connection alive on the wire, then the server closes it (as an idle timeout would)
    cdn.enqueue(new MockResponse.Builder().code(206)
        .addHeader("Content-Range", "bytes 0-49999/50000")
        .body(new Buffer().write(content))
        .onResponseEnd(new SocketEffect.CloseSocket(true, false, false))
        .build());
    cdn.enqueue(new MockResponse.Builder().code(206)
        .addHeader("Content-Range", "bytes 0-49999/50000")
        .body(new Buffer().write(content))
        .build());
    String url = cdn.url("/download/f.bin").toString();
    ResolvedLink link = new ResolvedLink("f", "f.bin", url, url, LinkSource.ORIGINAL, "original", null,
        content.length, null, null, LinkPolicy.original());
    List<Duration> sleeps = new CopyOnWriteArrayList<>();
    try (PikPakEmulator emu = PikPakEmulator.builder().start();
        PikPakClient client = PikPakClient.builder()
            .userEndpoint(emu.userBaseUrl())
            .driveEndpoint(emu.driveBaseUrl())
            .username(PikPakEmulator.DEMO_USERNAME)
            .password(PikPakEmulator.DEMO_PASSWORD)
            .inMemorySession()
            .sleeper(sleeps::add)
            .build()) {
      DownloadOptions one = DownloadOptions.builder().connections(1).overwrite(true).build();
      client.transfers().download(link, dir.resolve("a.bin"), one);
      client.transfers().download(link, dir.resolve("b.bin"), one);
    }
    assertThat(Files.readAllBytes(dir.resolve("b.bin"))).isEqualTo(content);
    assertThat(cdn.getRequestCount()).isEqualTo(2);
    assertThat(sleeps).isEmpty(); // no backoff: a closed idle connection is not a CDN failure
  }
}

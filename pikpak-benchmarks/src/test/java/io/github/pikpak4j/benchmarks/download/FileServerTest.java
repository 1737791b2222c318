package io.github.pikpak4j.benchmarks.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's file server answers like a CDN edge: whole file, ranges, unsatisfiable ranges. */
class FileServerTest {
  @TempDir Path dir;

  @Test
  void servesTheFileWholeAndByRange() throws Exception {
    byte[] content = new byte[3_000_000];
    new Random(7).nextBytes(content);
    Path file = Files.write(dir.resolve("f.bin"), content);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try (FileServer server = FileServer.start(file)) {
      URI uri = URI.create(server.url());
      HttpResponse<byte[]> whole = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(whole.statusCode()).isEqualTo(200);
      assertThat(whole.body()).isEqualTo(content);

      HttpResponse<byte[]> part = http.send(HttpRequest.newBuilder(uri).header("Range", "bytes=1000-2999999").build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(part.statusCode()).isEqualTo(206);
      assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 1000-2999999/3000000");
      assertThat(part.body()).isEqualTo(Arrays.copyOfRange(content, 1000, content.length));

      HttpResponse<byte[]> open = http.send(HttpRequest.newBuilder(uri).header("Range", "bytes=2999990-").build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(open.body()).isEqualTo(Arrays.copyOfRange(content, 2_999_990, content.length));

      HttpResponse<byte[]> beyond = http.send(HttpRequest.newBuilder(uri).header("Range", "bytes=3000000-").build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(beyond.statusCode()).isEqualTo(416);
    }
  }
}

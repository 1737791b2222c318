package io.github.pikpak4j.examples;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.RemoteFile;
import io.github.pikpak4j.server.Mount;
import io.github.pikpak4j.server.PikPakServer;
import io.github.pikpak4j.server.ServeMode;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * Serving, runnable without a PikPak account: the emulator's demo drive at {@code /} and a friend's share at
 * {@code /friend}, proxied with Basic auth, then read by an HTTP client with a {@code Range}; and the same file read
 * directly through the SDK's seekable {@link RemoteFile}. With a real account, build the client from your
 * credentials and run {@code server.join()} instead of the reads.
 */
public final class ServeExample {
  private ServeExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   * @throws Exception when a step fails
   */
  public static void main(String[] args) throws Exception {
    try (PikPakEmulator emulator = PikPakEmulator.start();
        PikPakClient client = PikPakClient.builder()
            .fromEnv(emulator.clientEnvironment())
            .inMemorySession()
            .build()) {
      String friend = emulator.addAccount("friend@pikpak4j.dev", "friend-password");
      String film = emulator.drive(friend).addFile("", "film.bin", 1_000_000, 7);
      String shareId = emulator.shares().create(friend, List.of(film), "2024");

      try (PikPakServer server = PikPakServer.builder(client)
          .address("127.0.0.1", 0)
          .mount(Mount.drive("/", "/"))
          .mount(Mount.parse("/friend=share:https://mypikpak.com/s/" + shareId + "?pwd=2024"))
          .mode(ServeMode.PROXY)
          .auth("me", "secret")
          .build()) {
        server.start();
        System.out.println("serving " + server.url());
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest get = HttpRequest.newBuilder(URI.create(server.url() + "friend/film.bin"))
            .header("Authorization", "Basic bWU6c2VjcmV0") // me:secret
            .header("Range", "bytes=1000-1999")
            .build();
        HttpResponse<byte[]> r = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
        System.out.println("GET /friend/film.bin bytes=1000-1999 -> " + r.statusCode() + ", "
            + r.body().length + " bytes, " + r.headers().firstValue("Content-Range").orElse(""));
      }

      try (RemoteFile f = client.transfers().open("/Videos/sample-video.mp4", DownloadOptions.defaults());
          InputStream in = f.openStream(f.size() / 2, f.size())) {
        System.out.println("second half of the sample video: " + in.readAllBytes().length + " bytes");
      }
    }
  }
}

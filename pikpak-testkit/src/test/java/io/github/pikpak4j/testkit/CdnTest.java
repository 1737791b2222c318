package io.github.pikpak4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PikPakEmulatorExtension.class)
class CdnTest {

  static String link(PikPakEmulator emu, TestClient c, String path) {
    String id = emu.drive().find(path).orElseThrow();
    return (String) c.drive("drive/v1/files/" + id + "?usage=FETCH&_magic=2021").get("web_content_link");
  }

  static HttpRequest.Builder cdn(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).header("Accept", "*/*");
  }

  static HttpResponse<byte[]> bytes(TestClient c, HttpRequest r) throws Exception {
    return c.http.send(r, HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void servesRangesAndWholeFiles(PikPakEmulator emu) throws Exception {
    TestClient c = new TestClient(emu).login();
    String url = link(emu, c, "/Documents/Nested/pattern-1MiB-plus-1.bin");
    byte[] all = emu.fileBytes(emu.drive().find("/Documents/Nested/pattern-1MiB-plus-1.bin").orElseThrow());

    HttpResponse<byte[]> whole = bytes(c, cdn(url).build());
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.body()).isEqualTo(all);

    HttpResponse<byte[]> part = bytes(c, cdn(url).header("Range", "bytes=1000-1999").build());
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.headers().firstValue("Content-Range")).contains("bytes 1000-1999/" + all.length);
    assertThat(part.body()).isEqualTo(Arrays.copyOfRange(all, 1000, 2000));

    HttpResponse<byte[]> probe = bytes(c, cdn(url).header("Range", "bytes=0-0").build());
    assertThat(probe.headers().firstValue("Content-Range")).contains("bytes 0-0/" + all.length);
    assertThat(probe.body()).hasSize(1);

    HttpResponse<byte[]> tail = bytes(c, cdn(url).header("Range", "bytes=-1").build());
    assertThat(tail.body()).containsExactly(all[all.length - 1]);

    assertThat(bytes(c, cdn(url).header("Range", "bytes=" + all.length + "-").build()).statusCode())
        .isEqualTo(416);
  }

  @Test
  void refusesJsonAcceptExpiredAndTamperedLinks(PikPakEmulator emu) throws Exception {
    TestClient c = new TestClient(emu).login();
    String url = link(emu, c, "/README.txt");
    HttpRequest json = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").build();
    assertThat(bytes(c, json).statusCode()).isEqualTo(406);
    assertThat(bytes(c, cdn(url.replaceAll("sig=[0-9a-f]+", "sig=00")).build()).statusCode()).isEqualTo(403);
    assertThat(bytes(c, cdn(url.replaceAll("expire=\\d+", "expire=9999999999")).build()).statusCode())
        .isEqualTo(403);
    emu.advance(Duration.ofHours(2));
    assertThat(bytes(c, cdn(url).build()).statusCode()).isEqualTo(403);
  }

  @Test
  void mediaLinksServeTheTranscodeWithItsOwnSize(PikPakEmulator emu) throws Exception {
    TestClient c = new TestClient(emu).login();
    String id = emu.drive().find("/Videos/sample-video.mp4").orElseThrow();
    @SuppressWarnings("unchecked")
    List<Map<String, Map<String, Object>>> medias =
        (List<Map<String, Map<String, Object>>>) c.drive("drive/v1/files/" + id).get("medias");
    String transcode = (String) medias.get(0).get("link").get("url");
    HttpResponse<byte[]> r = bytes(c, cdn(transcode).header("Range", "bytes=0-0").build());
    assertThat(r.statusCode()).isEqualTo(206);
    assertThat(r.headers().firstValue("Content-Range").orElseThrow())
        .doesNotEndWith("/" + emu.content(id).size());
  }

  @Test
  void ninthConcurrentConnectionGets503AndNoApiHeadersReachTheCdn(PikPakEmulator emu) throws Exception {
    TestClient c = new TestClient(emu).login();
    String url = link(emu, c, "/Videos/sample-video.mp4");
    emu.cdnFaults().bytesPerSecond(2000);
    List<InputStream> open = new ArrayList<>();
    try {
      List<CompletableFuture<HttpResponse<InputStream>>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(c.http.sendAsync(cdn(url).build(), HttpResponse.BodyHandlers.ofInputStream()));
      }
      for (CompletableFuture<HttpResponse<InputStream>> f : futures) {
        HttpResponse<InputStream> r = f.get();
        assertThat(r.statusCode()).isEqualTo(200);
        open.add(r.body());
      }
      assertThat(emu.activeCdnConnections()).isEqualTo(8);
      assertThat(bytes(c, cdn(url).build()).statusCode()).isEqualTo(503);
    } finally {
      for (InputStream in : open) {
        in.close();
      }
    }
    assertThat(emu.cdnRequests()).hasSize(9);
    for (RecordedRequest r : emu.cdnRequests()) {
      assertThat(r.headers().keySet())
          .doesNotContain("authorization", "x-captcha-token", "x-client-id", "x-device-id");
    }
  }

  @Test
  void cutsTheConnectionAfterNBytesThenServesNormally(PikPakEmulator emu) throws Exception {
    TestClient c = new TestClient(emu).login();
    String url = link(emu, c, "/Documents/Nested/small.bin");
    emu.cdnFaults().cutAfterBytes(1000, 1);
    HttpResponse<InputStream> r = c.http.send(cdn(url).build(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThatThrownBy(() -> r.body().readAllBytes()).isInstanceOf(IOException.class);
    assertThat(bytes(c, cdn(url).build()).body()).hasSize(300 * 1024);
  }

  @Test
  void bandwidthCapSlowsTheTransfer(PikPakEmulator emu) throws Exception {
    TestClient c = new TestClient(emu).login();
    String url = link(emu, c, "/Documents/Nested/small.bin");
    emu.cdnFaults().bytesPerSecond(200_000);
    long t0 = System.nanoTime();
    HttpResponse<byte[]> r = bytes(c, cdn(url).header("Range", "bytes=0-49999").build());
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertThat(r.body()).hasSize(50_000);
    assertThat(millis).isGreaterThanOrEqualTo(200);
  }

  @Test
  void closeAfterResponseEndsEachConnectionAfterOneResponse(PikPakEmulator emu) throws Exception {
    TestClient c = new TestClient(emu).login();
    URI url = URI.create(link(emu, c, "/README.txt"));
    assertThat(twoRequestsOnOneSocket(url)).isEqualTo(2); // keep-alive by default
    emu.cdnFaults().closeAfterResponse(true);
    assertThat(twoRequestsOnOneSocket(url)).isEqualTo(1);
    emu.cdnFaults().clear();
    assertThat(twoRequestsOnOneSocket(url)).isEqualTo(2);
  }

  /** Sends two pipelined GETs on one socket and counts the status lines read before the server closes it. */
  private static int twoRequestsOnOneSocket(URI url) throws IOException {
    String request = "GET " + url.getRawPath() + "?" + url.getRawQuery() + " HTTP/1.1\r\nHost: " + url.getAuthority()
        + "\r\nAccept: */*\r\n\r\n";
    try (java.net.Socket s = new java.net.Socket(url.getHost(), url.getPort())) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write((request + request).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      s.shutdownOutput();
      String all = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
      return all.split("HTTP/1.1 200", -1).length - 1;
    }
  }
}

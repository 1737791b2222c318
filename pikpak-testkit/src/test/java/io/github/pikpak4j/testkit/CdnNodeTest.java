package io.github.pikpak4j.testkit;

import static io.github.pikpak4j.testkit.CdnTest.bytes;
import static io.github.pikpak4j.testkit.CdnTest.cdn;
import static io.github.pikpak4j.testkit.CdnTest.link;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PikPakEmulatorExtension.class)
class CdnNodeTest {
  private static final String FILE = "/Documents/Nested/pattern-1MiB-plus-1.bin";

  private static String moveTo(String url, CdnNode node) {
    return url.replaceFirst("^http://[^/]+/", node.baseUrl());
  }

  @Test
  void aServingNodeServesTheSameSignedLinksAsTheMainCdn(PikPakEmulator emu) throws Exception {
    TestClient c = new TestClient(emu).login();
    String url = link(emu, c, FILE);
    CdnNode node = emu.addCdnNode(CdnNode.Mode.SERVING, Duration.ZERO);
    assertThat(node.host()).matches("127\\.0\\.0\\.1:\\d+");
    assertThat(emu.cdnNodes()).containsExactly(node);
    long size = emu.fileBytes(emu.drive().find(FILE).orElseThrow()).length;

    HttpResponse<byte[]> probe = bytes(c, cdn(moveTo(url, node)).header("Range", "bytes=0-0").build());
    assertThat(probe.statusCode()).isEqualTo(206);
    assertThat(probe.headers().firstValue("Content-Range")).contains("bytes 0-0/" + size);
    assertThat(node.requests()).hasSize(1);
    assertThat(node.requests().get(0).rawQuery()).isEqualTo(URI.create(url).getRawQuery());
    assertThat(emu.cdnRequests()).isEmpty(); // the main CDN saw nothing
    // A tampered signature is refused on the node too.
    assertThat(bytes(c, cdn(moveTo(url, node).replaceAll("sig=[0-9a-f]+", "sig=00")).build()).statusCode())
        .isEqualTo(403);
  }

  @Test
  void aWrongFamilyNodeAnswersGenerate204ButNotFiles(PikPakEmulator emu) throws Exception {
    TestClient c = new TestClient(emu).login();
    String url = link(emu, c, FILE);
    CdnNode node = emu.addCdnNode(CdnNode.Mode.WRONG_FAMILY, Duration.ZERO);
    assertThat(bytes(c, cdn(node.baseUrl() + "generate_204").build()).statusCode()).isEqualTo(204);
    assertThat(bytes(c, cdn(moveTo(url, node)).header("Range", "bytes=0-0").build()).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aDeadNodeNeverAnswersAndModesSwitch(PikPakEmulator emu) throws Exception {
    TestClient c = new TestClient(emu).login();
    String url = link(emu, c, FILE);
    CdnNode node = emu.addCdnNode(CdnNode.Mode.DEAD, Duration.ZERO);
    HttpRequest r = HttpRequest.newBuilder(URI.create(moveTo(url, node))).timeout(Duration.ofMillis(300)).build();
    assertThatThrownBy(() -> bytes(c, r)).isInstanceOf(HttpTimeoutException.class);
    assertThat(node.requests()).hasSize(1);
    node.mode(CdnNode.Mode.SERVING);
    assertThat(node.mode()).isEqualTo(CdnNode.Mode.SERVING);
    assertThat(bytes(c, cdn(moveTo(url, node)).header("Range", "bytes=0-0").build()).statusCode())
        .isEqualTo(206);
  }
}

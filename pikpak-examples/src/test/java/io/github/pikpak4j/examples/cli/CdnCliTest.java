package io.github.pikpak4j.examples.cli;

import static io.github.pikpak4j.examples.cli.CliRun.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.examples.cli.CliRun.Result;
import io.github.pikpak4j.testkit.CdnNode;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code pikpak cdn probe} and the {@code --cdn}/{@code --cdn-candidates} flags, in-process against the emulator. */
class CdnCliTest {
  private static final String FILE = "/Documents/Nested/small.bin";
  private static PikPakEmulator emulator;
  private static CdnNode good;
  private static CdnNode wrong;

  @TempDir Path dir;

  @BeforeAll
  static void startEmulator() {
    emulator = PikPakEmulator.builder().cdnLatency(Duration.ofMillis(200)).start();
    good = emulator.addCdnNode(CdnNode.Mode.SERVING, Duration.ZERO);
    wrong = emulator.addCdnNode(CdnNode.Mode.WRONG_FAMILY, Duration.ZERO);
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  private Result run(String... args) {
    return CliRun.demo(emulator, dir, args);
  }

  @Test
  @SuppressWarnings("unchecked")
  void probePrintsTheContractShapeAndChoosesTheServingNode() throws IOException {
    Result r = run("--json", "--cdn", "auto", "--cdn-candidates", wrong.host() + "," + good.host(),
        "cdn", "probe", FILE);
    assertThat(r.code()).as(r.err()).isZero();
    Map<String, Object> m = object(r.out());
    assertThat(m).containsKeys("chosen", "candidates");
    assertThat(m.get("chosen")).isEqualTo(good.host());
    List<Map<String, Object>> candidates = (List<Map<String, Object>>) m.get("candidates");
    assertThat(candidates).hasSize(3);
    assertThat(candidates).allSatisfy(c -> assertThat(c).containsKeys("host", "latency_ms", "ok", "error"));
    Map<String, Object> w =
        candidates.stream().filter(c -> c.get("host").equals(wrong.host())).findFirst().orElseThrow();
    assertThat(w.get("ok")).isEqualTo(false);
    assertThat(w.get("error")).isEqualTo("HTTP 404");
  }

  @Test
  void humanOutputAndTheLinkCommandFollowThePolicy() throws IOException {
    Result r = run("--cdn-candidates", good.host(), "cdn", "probe");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("HOST").contains("chosen: " + good.host());
    Result link = run("--json", "--cdn", good.host(), "link", FILE);
    assertThat(link.code()).as(link.err()).isZero();
    Map<String, Object> m = object(link.out());
    assertThat((String) m.get("url")).startsWith("http://" + good.host() + "/download/");
    assertThat((String) m.get("original_url")).doesNotStartWith("http://" + good.host());
  }

  @ParameterizedTest
  @CsvSource({
    "--cdn, bad host!",
    "--cdn, domain:",
    "--cdn-candidates, 'a.example.org,http://b.example.org'",
  })
  void malformedCdnSettingsExitWith2(String flag, String value) {
    Result r = run(flag, value, "cdn", "probe", FILE);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: ");
  }
}

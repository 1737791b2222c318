package io.github.pikpak4j.examples.cli;

import static io.github.pikpak4j.examples.cli.CliRun.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.examples.cli.CliRun.Result;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pikpak vip} and {@code pikpak events}, in-process against the emulator. */
class MembershipCliTest {
  private PikPakEmulator emulator;
  @TempDir Path dir;

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.builder().demoTree(false).start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void vipShowsTheMembershipAndTheTransferQuota() throws Exception {
    emulator.membership().vip(emulator.demoUserId(), "platinum", emulator.now().plus(Duration.ofDays(3)));
    emulator.membership().transfer(emulator.demoUserId(), "upload", 1000, 250);
    Result json = CliRun.demo(emulator, dir, "--json", "vip");
    assertThat(json.code()).isZero();
    Map<String, Object> v = object(json.out());
    assertThat(v).containsEntry("active", true).containsEntry("type", "platinum");
    assertThat(((Map<?, ?>) ((Map<?, ?>) v.get("transfer")).get("upload")).get("used")).isEqualTo(250.0);
    Result text = CliRun.demo(emulator, dir, "vip");
    assertThat(text.out()).contains("active (platinum)").contains("250 of 1000");
  }

  @Test
  void eventsListsNewestFirstAndNeverPrintsControlCharacters() throws Exception {
    emulator.membership().addEvent(emulator.demoUserId(), "TYPE_UPLOAD", "F1", "old.bin", "D");
    emulator.membership().addEvent(emulator.demoUserId(), "TYPE_RESTORE", "F2", "new\u001b[2J\u202e.bin", "D");
    Result text = CliRun.demo(emulator, dir, "events");
    assertThat(text.code()).isZero();
    assertThat(text.out()).doesNotContain("\u001b").doesNotContain("\u202e").contains("new\\x1b[2J\\u202e.bin");
    assertThat(text.out().indexOf("F2")).isLessThan(text.out().indexOf("F1"));
    Result json = CliRun.demo(emulator, dir, "--json", "events");
    assertThat(object(json.out().lines().findFirst().orElseThrow())).containsEntry("file_id", "F2")
        .containsEntry("type", "TYPE_RESTORE");
  }
}

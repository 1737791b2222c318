package io.github.pikpak4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.examples.cli.CliRun.Result;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pikpak serve}'s exit codes before serving: malformed input 2 (no request), a taken port 1. */
class ServeCliTest {
  private PikPakEmulator emulator;
  @TempDir Path dir;

  @BeforeEach
  void start() {
    emulator = PikPakEmulator.start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private Result run(String... args) {
    return CliRun.demo(emulator, dir, args);
  }

  @Test
  void malformedFlagsMountsAndSharesExit2WithOneLineAndNoRequest() {
    int before = emulator.requests().size();
    for (String[] args : new String[][] {
        {"serve", "--addr", "localhost"},
        {"serve", "--addr", "127.0.0.1:99999"},
        {"serve", "--mode", "stream"},
        {"serve", "--mount", "films=drive"},
        {"serve", "--mount", "/f=share:https://example.com/s/XYZ"},
        {"serve", "--mount", "/f=drive,transcode"},
        {"serve", "--auth", "nopassword"},
        {"serve", "-c", "9"},
    }) {
      Result r = run(args);
      assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
      assertThat(r.err().strip().lines()).as(r.err()).hasSize(1).allMatch(l -> l.startsWith("error: "));
    }
    assertThat(emulator.requests().size()).isEqualTo(before);
  }

  @Test
  void aSharePassCodeNeverReachesTheErrorLine() {
    Result r = run("serve", "--mount", "/f=share:https://example.com/s/XYZ?pwd=secret99");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.all()).doesNotContain("secret99");
  }

  @Test
  void aTakenPortExits1() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Result r = run("serve", "--addr", "127.0.0.1:" + taken.getLocalPort());
      assertThat(r.code()).as(r.err()).isEqualTo(1);
      assertThat(r.err()).contains("error: ").doesNotContain("serving http");
    }
  }

  @Test
  void aNonLoopbackAddressWithoutAuthIsRefused() {
    Result r = run("serve", "--addr", "0.0.0.0:0");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--auth");
  }
}

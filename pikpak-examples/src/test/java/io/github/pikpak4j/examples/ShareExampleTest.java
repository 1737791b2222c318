package io.github.pikpak4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ShareExampleTest {
  @Test
  void readsAnonymouslySavesAndShares() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      ShareExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("Album/cover.jpg", "holiday.mp4", "transcoded 720P: http")
        .containsPattern("saved into Pack From Shared, task VT\\S+")
        .contains("my share: https://mypikpak.com/s/", "(pass code set: true)");
  }
}

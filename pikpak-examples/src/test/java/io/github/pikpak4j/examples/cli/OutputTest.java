package io.github.pikpak4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.FileKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private static FileEntry file(String name, long size) {
    return new FileEntry("F1", name, FileKind.FILE, size, "ABC", "P1", null,
        Instant.parse("2024-05-01T10:22:33Z"), "video/x-matroska", false, false);
  }

  private static FileEntry folder(String name) {
    return new FileEntry("D1", name, FileKind.FOLDER, 0, null, "", null, null, null, false, false);
  }

  private String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void entryJsonHasTheContractFieldsFirst() {
    new Output(out, true).entry(file("movie.mkv", 1234));
    assertThat(text()).startsWith(
        "{\"id\":\"F1\",\"name\":\"movie.mkv\",\"kind\":\"file\",\"size\":1234,\"hash\":\"ABC\","
            + "\"parent_id\":\"P1\",\"modified_time\":\"2024-05-01T10:22:33Z\",");
  }

  @Test
  void listingJsonIsAnArrayWithPathsWhenRecursive() {
    new Output(out, true).listing(
        List.of(new Output.Listed("a", folder("a")), new Output.Listed("a/b.txt", file("b.txt", 3))), true);
    assertThat(text()).startsWith("[{\"id\":\"D1\",\"name\":\"a\",\"kind\":\"folder\",\"size\":0,\"hash\":null,")
        .contains("\"path\":\"a/b.txt\"").endsWith("]" + System.lineSeparator());
  }

  @Test
  void aLongListingReachesTheStreamInBlocksNotALinePerRow() {
    int[] writes = {0};
    java.io.OutputStream counting = new java.io.OutputStream() {
      @Override
      public void write(int b) {
        writes[0]++;
        bytes.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        writes[0]++;
        bytes.write(b, off, len);
      }
    };
    List<Output.Listed> items = new java.util.ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      items.add(new Output.Listed("d" + i, folder("d" + i)));
    }
    // auto-flushing, like System.out: a println per row would be 2,000 writes at least
    new Output(new PrintStream(counting, true, StandardCharsets.UTF_8), false).listing(items, true);
    String[] lines = text().split("\\R");
    assertThat(lines).hasSize(2001);
    assertThat(lines[2000]).endsWith("  d1999/");
    assertThat(writes[0]).isLessThan(2000 / 10);
  }

  @Test
  void humanListingIsAnAlignedTable() {
    new Output(out, false).listing(
        List.of(new Output.Listed("My Pack", folder("My Pack")), new Output.Listed("b", file("b", 2048))), false);
    String[] lines = text().split("\\R");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("KIND").endsWith("NAME");
    assertThat(lines[1]).startsWith("folder").endsWith("My Pack/");
    assertThat(lines[2]).contains("2.0 KiB", "2024-05-01 10:22", "F1").endsWith("  b");
    assertThat(lines[1].indexOf("D1")).isEqualTo(lines[2].indexOf("F1"));
  }

  @ParameterizedTest
  @CsvSource({"0,0 B", "1023,1023 B", "1024,1.0 KiB", "1572864,1.5 MiB", "6597069766656,6.0 TiB"})
  void humanSizes(long bytes, String expected) {
    assertThat(Output.humanSize(bytes)).isEqualTo(expected);
  }
}

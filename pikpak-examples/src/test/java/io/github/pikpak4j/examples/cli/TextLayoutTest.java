package io.github.pikpak4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The human tables: exact columns, alignment and escapes, the same printed or returned as lines (OutputTest counts
 * the writes of a large one). */
class TextLayoutTest {
  private static List<String[]> rows() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"KIND", "SIZE", "NAME"});
    rows.add(new String[] {"file", "2.0 KiB", "a\u001b[2Jb"});
    rows.add(new String[] {"folder", "-", "c/"});
    return rows;
  }

  private static final List<String> EXPECTED = List.of(
      "KIND       SIZE  NAME",
      "file    2.0 KiB  a\\x1b[2Jb",
      "folder        -  c/");

  @Test
  void linesAreAlignedColumnsWithTheLastOneUnpadded() {
    assertThat(TextLayout.table(rows(), 1)).containsExactlyElementsOf(EXPECTED);
  }

  @Test
  void aPrintedTableIsTheSameLines() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TextLayout.printTable(new PrintStream(bytes, true, StandardCharsets.UTF_8), rows(), 1);
    String n = System.lineSeparator();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(String.join(n, EXPECTED) + n);
  }
}

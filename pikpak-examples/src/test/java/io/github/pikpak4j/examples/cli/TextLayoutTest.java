package io.github.pikpak4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The human tables: exact columns, alignment and escapes, the same whether printed at once or returned as lines. */
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
  void aPrintedTableIsTheSameLinesInOneWrite() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int[] writes = {0};
    PrintStream out = new PrintStream(new java.io.OutputStream() {
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
    }, true, StandardCharsets.UTF_8);
    TextLayout.printTable(out, rows(), 1);
    String n = System.lineSeparator();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(String.join(n, EXPECTED) + n);
    assertThat(writes[0]).isEqualTo(1);
  }
}

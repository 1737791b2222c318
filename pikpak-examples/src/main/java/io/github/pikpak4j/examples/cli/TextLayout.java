package io.github.pikpak4j.examples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The human-readable layout shared by the printers ({@link Output}, {@link ShareOutput},
 * {@link TaskOutput}): {@code label: value} fields and aligned tables.
 */
final class TextLayout {
  private TextLayout() {}

  /**
   * Prints one {@code label: value} line, the value starting at column 12; a null or empty value
   * prints as {@code -}. The value's control characters are escapes ({@link TerminalText#safe}).
   */
  static void field(PrintStream out, String label, @Nullable String value) {
    out.printf(
        Locale.ROOT, "%-10s %s%n", label + ":", value == null || value.isEmpty() ? "-" : TerminalText.safe(value));
  }

  /**
   * Prints lines with one write to {@code out} (a table of thousands of rows would otherwise be a write per line on
   * an auto-flushing stream such as {@code System.out}), each followed by the line separator.
   *
   * @param out where the lines go
   * @param lines the lines, without line separators
   */
  static void print(PrintStream out, List<String> lines) {
    StringBuilder all = new StringBuilder();
    for (String line : lines) {
      all.append(line).append(System.lineSeparator());
    }
    out.print(all);
  }

  /**
   * Lays out a table: columns two spaces apart, each as wide as its widest cell, cells left-aligned
   * (padded on the right) except in the {@code rightAligned} columns; the last column is not padded
   * unless it is right-aligned. Control characters of the cells are escapes ({@link TerminalText#safe}), which
   * replace the cells in {@code rows}.
   *
   * @param rows the header row, then the data rows, all of the same length
   * @param rightAligned the 0-based indexes of the columns padded on the left
   * @return one line per row, without line separators
   */
  static List<String> table(List<String[]> rows, int... rightAligned) {
    Table table = new Table(rows, rightAligned);
    List<String> lines = new ArrayList<>(rows.size());
    StringBuilder line = new StringBuilder();
    for (String[] row : rows) {
      line.setLength(0);
      table.append(line, row);
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * Prints a table laid out as {@link #table} does, with one write and no string per line (a listing of a large tree
   * has tens of thousands of rows).
   *
   * @param out where the table goes
   * @param rows the header row, then the data rows, all of the same length
   * @param rightAligned the 0-based indexes of the columns padded on the left
   */
  static void printTable(PrintStream out, List<String[]> rows, int... rightAligned) {
    Table table = new Table(rows, rightAligned);
    String separator = System.lineSeparator();
    int width = separator.length() + 2 * (table.widths.length - 1);
    for (int w : table.widths) {
      width += w;
    }
    StringBuilder all = new StringBuilder((int) Math.min((long) width * rows.size(), 1 << 24));
    for (String[] row : rows) {
      table.append(all, row);
      all.append(separator);
    }
    out.print(all);
  }

  /** A table's column widths and alignment; making it replaces the cells of the rows by their safe forms. */
  private static final class Table {
    private final int[] widths;
    private final boolean[] right;

    Table(List<String[]> rows, int[] rightAligned) {
      int columns = rows.get(0).length;
      widths = new int[columns];
      for (String[] row : rows) {
        for (int i = 0; i < columns; i++) {
          row[i] = TerminalText.safe(row[i]);
          widths[i] = Math.max(widths[i], row[i].length());
        }
      }
      right = new boolean[columns];
      for (int column : rightAligned) {
        right[column] = true;
      }
    }

    /** Appends one row, without a line separator. */
    void append(StringBuilder line, String[] row) {
      int columns = widths.length;
      for (int i = 0; i < columns; i++) {
        if (i > 0) {
          line.append("  ");
        }
        String cell = row[i];
        int pad = widths[i] - cell.length();
        if (right[i]) {
          pad(line, pad).append(cell);
        } else {
          line.append(cell);
          if (i < columns - 1) {
            pad(line, pad);
          }
        }
      }
    }

    private static StringBuilder pad(StringBuilder line, int spaces) {
      for (int k = 0; k < spaces; k++) {
        line.append(' ');
      }
      return line;
    }
  }
}

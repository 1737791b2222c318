package io.github.pikpak4j.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a person at a terminal sees while a command works: one live progress line on stderr (the total with rate and
 * ETA, then each file in flight), questions before deletions, and nothing at all when stderr is not a terminal (then
 * stderr carries errors only).
 *
 * <p>The live line is redrawn at most five times a second with {@code \r}; before any other output on stderr it is
 * wiped, and {@link #finish()} draws it once more and ends it with a newline, so the next output (a summary on
 * stdout, the shell prompt) starts on a line of its own. Thread-safe.
 */
final class Feedback {
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintStream err;
  private final UnaryOperator<String> mask;
  private final boolean live;
  private final InputStream in;
  private final int width;
  private final Map<Item, Boolean> active = new LinkedHashMap<>();
  private final long began = System.nanoTime();
  private long totalBytes;
  private long finishedBytes;
  private int files;
  private int filesDone;
  private long lastDraw;
  private int drawn;

  /**
   * Creates the feedback of one command.
   *
   * @param err stderr
   * @param live whether stderr is a terminal a person watches (and stdin one they answer on)
   * @param in where answers to questions are read
   * @param width the terminal's width in columns (the live line is cut to fit)
   * @param mask masks secrets and escapes control characters in error lines
   */
  Feedback(PrintStream err, boolean live, InputStream in, int width, UnaryOperator<String> mask) {
    this.err = err;
    this.mask = mask;
    this.live = live;
    this.in = in;
    this.width = Math.max(40, width);
  }

  /** Returns whether the live line and questions are shown. */
  boolean live() {
    return live;
  }

  /** One file's transfer; {@link #update} from any thread, {@link #done} once. */
  final class Item {
    private final String label;
    private final long size;
    private volatile long bytes;

    private Item(String label, long size) {
      this.label = label;
      this.size = size;
    }

    /**
     * Reports the bytes done so far.
     *
     * @param bytesDone bytes done, at most the size
     */
    void update(long bytesDone) {
      bytes = bytesDone;
      tick(false);
    }

    /** Ends this file's part of the line, counting it done (successfully or not). */
    void done() {
      finish(this);
    }
  }

  /**
   * Announces the files to come, so the total and the ETA cover all of them.
   *
   * @param count how many files
   * @param bytes their total size
   */
  synchronized void plan(int count, long bytes) {
    files += count;
    totalBytes += bytes;
  }

  /**
   * Starts a file's transfer on the live line.
   *
   * @param label what to call it (a name or relative path; escaped before it is shown)
   * @param size its size in bytes
   * @return the handle to report progress on
   */
  Item start(String label, long size) {
    Item item = new Item(label, size);
    synchronized (this) {
      active.put(item, Boolean.TRUE);
    }
    tick(true);
    return item;
  }

  private void finish(Item item) {
    synchronized (this) {
      if (active.remove(item) != null) {
        finishedBytes += item.size;
        filesDone++;
      }
    }
    tick(true);
  }

  private void tick(boolean force) {
    if (!live) {
      return;
    }
    synchronized (this) {
      long now = System.nanoTime();
      if (!force && now - lastDraw < REDRAW_NANOS) {
        return;
      }
      lastDraw = now;
      draw(line(now));
    }
  }

  private String line(long now) {
    long done = finishedBytes;
    List<String> parts = new ArrayList<>();
    for (Item item : active.keySet()) {
      done += item.bytes;
      parts.add(TerminalText.safe(item.label) + " " + percent(item.bytes, item.size));
    }
    double seconds = Math.max(1e-3, (now - began) / 1e9);
    double rate = done / seconds;
    String eta = rate <= 0 || totalBytes <= done ? "-" : duration((long) ((totalBytes - done) / rate));
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%d/%d files  %s / %s  %s  %s/s  ETA %s",
        filesDone, files, Output.humanSize(done), Output.humanSize(totalBytes), percent(done, totalBytes),
        Output.humanSize((long) rate), eta));
    for (String part : parts) {
      line.append("  | ").append(part);
    }
    return line.length() > width - 1 ? line.substring(0, width - 2) + "…" : line.toString();
  }

  private void draw(String line) {
    StringBuilder text = new StringBuilder("\r").append(line);
    for (int i = line.length(); i < drawn; i++) {
      text.append(' ');
    }
    err.print(text);
    err.flush();
    drawn = line.length();
  }

  /** Wipes the live line (if drawn) so that other output starts at the beginning of an empty line. */
  private void wipe() {
    if (drawn > 0) {
      err.print("\r" + " ".repeat(drawn) + "\r");
      drawn = 0;
    }
  }

  /**
   * Prints a line on stderr (an error about one file of a batch), never in the middle of the live line.
   *
   * @param line the text, already escaped
   */
  synchronized void error(String line) {
    wipe();
    err.println(mask.apply(line));
    err.flush();
  }

  /**
   * Prints a notice on stderr when a person watches (never in scripts, where stderr carries errors only).
   *
   * @param line the text, already escaped
   */
  synchronized void note(String line) {
    if (live) {
      error(line);
    }
  }

  /** Draws the final state of the live line and ends it with a newline; nothing when nothing was drawn. */
  synchronized void finish() {
    if (live && drawn > 0) {
      draw(line(System.nanoTime()));
      err.println();
      err.flush();
      drawn = 0;
    }
  }

  /**
   * Asks a yes/no question before something that cannot be undone. On a terminal the question is printed on stderr and
   * one line is read; elsewhere (scripts, pipes) nothing is asked and the answer is yes, as with rm without -i.
   *
   * @param question the question, without the {@code [y/N]} suffix
   * @return whether to go on
   */
  synchronized boolean confirm(String question) {
    if (!live) {
      return true;
    }
    wipe();
    err.print(question + " [y/N] ");
    err.flush();
    try {
      String answer = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
      return answer != null && (answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes"));
    } catch (IOException e) {
      return false;
    }
  }

  private static String percent(long done, long total) {
    return total <= 0 ? "100%" : String.format(Locale.ROOT, "%d%%", Math.min(100, done * 100 / total));
  }

  private static String duration(long seconds) {
    return seconds >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}

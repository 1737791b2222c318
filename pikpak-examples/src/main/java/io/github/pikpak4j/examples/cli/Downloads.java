package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.DownloadResult;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The download side of {@code get}, {@code share get} and {@code copy}/{@code sync}: runs file downloads
 * {@code --transfers} at a time through the SDK's engine (ranged, resumable, verified, within the client's connection
 * budget), each with its part of the live progress line, and prints the result.
 */
final class Downloads {
  /**
   * One file to download.
   *
   * @param label how the live line and error lines name it (a drive path or a relative path)
   * @param size its size in bytes as listed (for the total and the ETA)
   * @param target the local file to write; its directory is created (inside the chosen destination) before
   * @param fetch the download itself, given the options with this file's progress listener
   */
  record Job(String label, long size, Path target, Function<DownloadOptions, DownloadResult> fetch) {}

  private final Feedback feedback;
  private final DownloadOptions options;
  private final Batch batch;

  /**
   * Creates the runner.
   *
   * @param feedback progress and error lines
   * @param options the options of every download (connections, overwrite, resume, link policy)
   * @param transfers how many files at once
   */
  Downloads(Feedback feedback, DownloadOptions options, int transfers) {
    this.feedback = feedback;
    this.options = options;
    this.batch = new Batch(transfers, feedback);
  }

  /**
   * Downloads every job; a failed one does not stop the others.
   *
   * @param jobs the files
   * @return the results of the downloads that succeeded, in the jobs' order
   */
  List<DownloadResult> run(List<Job> jobs) {
    long total = 0;
    for (Job job : jobs) {
      total += job.size();
    }
    feedback.plan(jobs.size(), total);
    @Nullable DownloadResult[] results = new DownloadResult[jobs.size()];
    batch.run(jobs.size(), i -> jobs.get(i).label(), i -> {
      Job job = jobs.get(i);
      Feedback.Item item = feedback.start(job.label(), job.size());
      try {
        createParent(job.target());
        results[i] = job.fetch().apply(options.toBuilder().progress(p -> item.update(p.bytesDone())).build());
      } finally {
        item.done();
      }
    });
    feedback.finish();
    List<DownloadResult> done = new ArrayList<>();
    for (DownloadResult r : results) {
      if (r != null) {
        done.add(r);
      }
    }
    return done;
  }

  /** Fails the command (exit 1) when any download failed. */
  void finish(int total) {
    batch.finish(total);
  }

  private static void createParent(Path target) {
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      try {
        Files.createDirectories(parent);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create " + parent + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Prints the downloads: one {@code get} object for a single file asked for alone, else a JSON array of them; for
   * people one line per single file, else one summary line.
   *
   * @param out stdout
   * @param json whether to print JSON
   * @param results the successful downloads
   * @param single whether one file was asked for (not a folder, not several paths)
   * @param seconds the wall time of the whole command
   */
  static void print(PrintStream out, boolean json, List<DownloadResult> results, boolean single, double seconds) {
    if (json) {
      if (single && results.size() == 1) {
        out.println(Json.write(resultJson(results.get(0), seconds)));
      } else {
        List<Object> array = new ArrayList<>();
        results.forEach(r -> array.add(resultJson(r, r.elapsed().toNanos() / 1e9)));
        out.println(Json.write(array));
      }
      return;
    }
    if (single && results.size() == 1) {
      DownloadResult r = results.get(0);
      out.printf(Locale.ROOT, "%s  %d bytes (%s) in %.1f s, %s/s, %d connections%s%n",
          TerminalText.safe(String.valueOf(r.target())), r.bytes(),
          Output.humanSize(r.bytes()), seconds, Output.humanSize((long) r.bytesPerSecond()), r.connections(),
          r.hash() == null ? "" : ", GCID " + r.hash() + " verified");
      return;
    }
    out.println(summary("downloaded", results.size(), results.stream().mapToLong(DownloadResult::bytes).sum(),
        seconds));
  }

  /**
   * Returns the one summary line of a batch, e.g. {@code downloaded 3 files, 1.5 MiB in 2.0 s (768.0 KiB/s)}.
   *
   * @param verb what was done
   * @param files how many files
   * @param bytes how many bytes
   * @param seconds the wall time
   * @return the line
   */
  static String summary(String verb, int files, long bytes, double seconds) {
    return String.format(Locale.ROOT, "%s %d file%s, %s in %.1f s (%s/s)", verb, files, files == 1 ? "" : "s",
        Output.humanSize(bytes), seconds, Output.humanSize((long) (bytes / Math.max(1e-3, seconds))));
  }

  /** The contract's {@code get} object, with a few extras. */
  private static Map<String, @Nullable Object> resultJson(DownloadResult r, double seconds) {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    map.put("path", r.target() == null ? "-" : r.target().toString());
    map.put("bytes", r.bytes());
    map.put("hash", r.hash());
    map.put("connections", r.connections());
    map.put("seconds", Math.round(seconds * 1000) / 1000.0);
    map.put("resumed_bytes", r.resumedBytes());
    map.put("source", r.link().source().jsonName());
    map.put("variant", r.link().variant());
    return map;
  }
}

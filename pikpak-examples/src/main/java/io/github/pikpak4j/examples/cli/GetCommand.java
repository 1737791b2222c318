package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.link.ResolvedLink;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.DownloadResult;
import io.github.pikpak4j.core.transfer.DownloadTargetExistsException;
import io.github.pikpak4j.core.transfer.LocalNames;
import io.github.pikpak4j.core.transfer.ProgressListener;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code pikpak get PATH [-o FILE] [-c N] [--overwrite] [--no-resume] [--media] [--variant NAME]}: downloads with up
 * to N connections, resumes a partial file ({@code FILE.part} with its state) and verifies size and hash. An
 * existing FILE is an error (exit 2, before any request) unless {@code --overwrite}.
 */
@Command(name = "get", mixinStandardHelpOptions = true,
    description = "Downloads a file (ranged, resumable, verified).")
final class GetCommand implements Callable<Integer> {
  @ParentCommand @Nullable PikPakCommand root;

  @Parameters(index = "0", paramLabel = "PATH", description = "A drive path (/a/b) or id:<ID>.")
  String path = "";

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write: a file, or an existing directory to write the file's name into"
          + " (default: the file's name in the current directory).")
  @Nullable String output;

  @Option(names = {"-c", "--connections"}, paramLabel = "N", defaultValue = "4",
      description = "Parallel connections, 1 to 8 (default ${DEFAULT-VALUE}).")
  int connections = 4;

  @Option(names = "--overwrite", description = "Replace an existing FILE (once the new content is verified).")
  boolean overwrite;

  @Option(names = "--no-resume", description = "Do not resume FILE.part; with --overwrite, start over.")
  boolean noResume;

  @Option(names = "--media", description = "A media rendition (possibly transcoded) instead of the original bytes.")
  boolean media;

  @Option(names = "--variant", paramLabel = "NAME",
      description = "The rendition: origin, default or a resolution such as 1080P (implies --media).")
  @Nullable String variant;

  @Override
  public Integer call() {
    PikPakCommand r = Objects.requireNonNull(root, "root");
    Settings settings = r.settings();
    LinkPolicy policy = LinkCommand.policy(media || settings.mediaLinks(), variant);
    DownloadOptions.Builder options =
        DownloadOptions.builder().connections(connections).linkPolicy(policy).overwrite(overwrite)
            .resume(!noResume);
    options.build();
    // -o naming an existing directory means "into it", as cp does; no -o means the working directory.
    Path directory = output == null ? Paths.get("") : Files.isDirectory(Paths.get(output)) ? Paths.get(output) : null;
    Path target = directory == null ? Paths.get(Objects.requireNonNull(output)) : null;
    if (target == null && !path.startsWith("id:")) {
      String name = path.substring(path.lastIndexOf('/') + 1);
      if (name.isEmpty()) {
        throw new InvalidInputException("cannot download a folder path: " + path);
      }
      target = LocalNames.resolveInside(Objects.requireNonNull(directory), name);
    }
    if (target != null) {
      checkTarget(target, overwrite, noResume);
    }
    PrintStream err = r.err();
    if (!settings.json() && System.console() != null) {
      options.progress(progress(err));
    }
    long began = System.nanoTime();
    try (ClientFactory.Connection connection = ClientFactory.open(settings, err)) {
      DownloadResult result;
      if (target == null) {
        ResolvedLink link = connection.client().links().resolve(path, policy);
        // The server's name decides nothing but a single component inside the working directory.
        target = LocalNames.resolveInside(Objects.requireNonNull(directory), link.fileName());
        checkTarget(target, overwrite, noResume);
        result = connection.client().transfers().download(link, target, options.build());
      } else {
        result = connection.client().transfers().download(path, target, options.build());
      }
      print(r.out(), settings.json(), result, (System.nanoTime() - began) / 1e9);
    }
    return ErrorReporter.EXIT_OK;
  }

  private static void checkTarget(Path target, boolean overwrite, boolean noResume) {
    if (Files.exists(target) && !overwrite) {
      throw new DownloadTargetExistsException(target, target + " exists (use --overwrite to replace it)");
    }
    Path part = target.resolveSibling(target.getFileName() + ".part");
    if (noResume && !overwrite && Files.exists(part)) {
      throw new DownloadTargetExistsException(
          part, part + " exists (drop --no-resume to continue it, or add --overwrite to start over)");
    }
  }

  private static ProgressListener progress(PrintStream err) {
    return p -> err.printf(Locale.ROOT, "\r%5.1f%%  %s / %s  %s/s   ", p.fraction() * 100,
        Output.humanSize(p.bytesDone()), Output.humanSize(p.totalBytes()), Output.humanSize((long) p.bytesPerSecond()));
  }

  private static void print(PrintStream out, boolean json, DownloadResult r, double seconds) {
    if (json) {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      map.put("path", String.valueOf(r.target()));
      map.put("bytes", r.bytes());
      map.put("hash", r.hash());
      map.put("connections", r.connections());
      map.put("seconds", Math.round(seconds * 1000) / 1000.0);
      map.put("resumed_bytes", r.resumedBytes());
      map.put("source", r.link().source().jsonName());
      map.put("variant", r.link().variant());
      out.println(Json.write(map));
      return;
    }
    out.printf(Locale.ROOT, "%s  %d bytes (%s) in %.1f s, %s/s, %d connections%s%n",
        TerminalText.safe(String.valueOf(r.target())), r.bytes(),
        Output.humanSize(r.bytes()), seconds, Output.humanSize((long) r.bytesPerSecond()), r.connections(),
        r.hash() == null ? "" : ", GCID " + r.hash() + " verified");
  }
}

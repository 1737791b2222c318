package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.DownloadResult;
import io.github.pikpak4j.core.transfer.DownloadTargetExistsException;
import io.github.pikpak4j.core.transfer.LocalNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pikpak get PATH... [-o DEST] [-c N] [-r] [--continue] [--transfers N] [--overwrite] [--no-resume]
 * [--media] [--variant NAME]}: downloads files with up to N connections each, resumes a partial file ({@code FILE.part} with its
 * state) and verifies size and hash.
 *
 * <p>One file path and {@code -o FILE}: that file. Otherwise {@code DEST} (default the working directory) must be an
 * existing directory: each file is written into it under its safe local name ({@link LocalNames}), and with {@code -r}
 * each folder as a tree below it. {@code -o -} streams one file to stdout, in order, with no partial file. An existing
 * target is an error unless {@code --overwrite}, or {@code --continue} (an existing shorter file is taken as the
 * first bytes, as {@code curl -C -} does, and the whole file is verified).
 */
@Command(name = "get", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Downloads files (ranged, resumable, verified); -r downloads folders as trees.",
        "-o - streams one file to stdout."})
final class GetCommand extends ClientCommand {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Drive paths (/a/b) or id:<ID>.")
  List<String> paths = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "DEST",
      description = "An existing directory to write into, a file (one PATH only) or - for stdout"
          + " (default: the current directory).")
  @Nullable String output;

  @Option(names = {"-r", "--recursive"}, description = "Download folders as trees.")
  boolean recursive;

  @Option(names = {"-c", "--connections"}, paramLabel = "N", defaultValue = "4",
      description = "Parallel connections per file, 1 to 8 (default ${DEFAULT-VALUE}).")
  int connections = 4;

  @Option(names = "--transfers", paramLabel = "N", defaultValue = "4",
      description = "Files downloaded at once, 1 to 32 (default ${DEFAULT-VALUE}); all share the connection budget.")
  int transfers = 4;

  @Option(names = "--overwrite", description = "Replace an existing file (once the new content is verified).")
  boolean overwrite;

  @Option(names = "--continue",
      description = "Take an existing shorter output file as the first bytes (then verify the whole file).")
  boolean continueExisting;

  @Option(names = "--no-resume", description = "Do not resume FILE.part; with --overwrite, start over.")
  boolean noResume;

  @Option(names = "--media", description = "A media rendition (possibly transcoded) instead of the original bytes.")
  boolean media;

  @Option(names = "--variant", paramLabel = "NAME",
      description = "The rendition: origin, default or a resolution such as 1080P (implies --media).")
  @Nullable String variant;

  @Override
  void run(ClientFactory.Connection connection, Output out) {
    PikPakCommand r = root();
    LinkPolicy policy = LinkCommand.policy(media || r.settings().mediaLinks(), variant);
    DownloadOptions options = DownloadOptions.builder().connections(connections).linkPolicy(policy)
        .overwrite(overwrite).resume(!noResume).continueExisting(continueExisting).build();
    Batch.checkTransfers(transfers);
    long began = System.nanoTime();
    Feedback feedback = r.feedback();
    if ("-".equals(output)) {
      stream(connection.client(), options, feedback);
      return;
    }
    Path file = singleFileTarget();
    Path dest = file == null ? Paths.get(output == null ? "" : output) : null;
    if (file != null) {
      checkTarget(file);
    } else {
      for (String path : paths) {
        String name = DrivePaths.isId(path) ? "" : path.substring(path.lastIndexOf('/') + 1);
        // a local directory of that name may be the drive folder's tree: only an existing file is refused here
        if (!name.isEmpty() && !recursive && !continueExisting
            && Files.isRegularFile(LocalNames.resolveInside(Objects.requireNonNull(dest), name))) {
          checkTarget(LocalNames.resolveInside(dest, name));
        }
      }
    }
    PikPakClient client = connection.client();
    List<Downloads.Job> jobs = new ArrayList<>();
    boolean single = paths.size() == 1;
    for (String path : paths) {
      FileEntry entry = client.files().resolve(path);
      if (entry.isFolder()) {
        if (!recursive) {
          throw new CommandFailedException(path + " is a folder; add -r to download it as a tree");
        }
        single = false;
        Path top = entry.id().isEmpty() ? Objects.requireNonNull(dest)
            : LocalNames.resolveInside(Objects.requireNonNull(dest), entry.name());
        for (DriveTree.Node node : DriveTree.walk(client.files(), entry.id(), bad -> unusable(feedback, path, bad))) {
          Path local = LocalNames.resolveInside(top, node.names());
          if (node.entry().isFolder()) {
            createDirectories(local);
          } else {
            jobs.add(job(client, node.entry(), path + "/" + node.driveRelative(), local));
          }
        }
      } else {
        Path target = file != null ? file : LocalNames.resolveInside(Objects.requireNonNull(dest), entry.name());
        jobs.add(job(client, entry, path, target));
      }
    }
    Downloads downloads = new Downloads(feedback, options, transfers);
    List<DownloadResult> results = downloads.run(jobs);
    Downloads.print(r.out(), out.json(), results, single, (System.nanoTime() - began) / 1e9);
    downloads.finish(jobs.size());
    if (unusable > 0) {
      throw new CommandFailedException(unusable + " entr" + (unusable == 1 ? "y was" : "ies were")
          + " left out: the name cannot be a local file name");
    }
  }

  private int unusable;

  private void unusable(Feedback feedback, String path, String below) {
    unusable++;
    feedback.error("error: " + TerminalText.safe(path + "/" + below) + ": the name cannot be a local file name; left out");
  }

  private static Downloads.Job job(PikPakClient client, FileEntry entry, String label, Path target) {
    String ref = "id:" + entry.id();
    return new Downloads.Job(label, entry.size(), target, o -> client.transfers().download(ref, target, o));
  }

  /** Returns the file to write when one file path goes to {@code -o FILE}, else null (into a directory). */
  private @Nullable Path singleFileTarget() {
    boolean intoDirectory = paths.size() > 1 || recursive || output == null || Files.isDirectory(Paths.get(output));
    if (!intoDirectory) {
      return Paths.get(Objects.requireNonNull(output));
    }
    Path dest = Paths.get(output == null ? "" : output);
    if (!Files.isDirectory(dest.toAbsolutePath())) {
      throw new InvalidInputException("the destination directory does not exist: " + dest.toAbsolutePath()
          + " (-o must name an existing directory when downloading several files or folders)");
    }
    return null;
  }

  private void stream(PikPakClient client, DownloadOptions options, Feedback feedback) {
    if (paths.size() != 1 || recursive) {
      throw new InvalidInputException("-o - streams exactly one file; give one PATH and no -r");
    }
    if (overwrite || noResume || continueExisting) {
      throw new InvalidInputException(
          "--overwrite, --no-resume and --continue do not apply to -o - (nothing is kept on disk)");
    }
    String path = paths.get(0);
    FileEntry entry = client.files().resolve(path);
    if (entry.isFolder()) {
      throw new CommandFailedException(path + " is a folder; -o - streams one file");
    }
    feedback.plan(1, entry.size());
    Feedback.Item item = feedback.start(path, entry.size());
    try {
      client.transfers().download("id:" + entry.id(), failingOnError(root().out()),
          options.toBuilder().progress(p -> item.update(p.bytesDone())).build());
    } finally {
      item.done();
      root().out().flush();
      feedback.finish();
    }
  }

  /**
   * Returns stdout as a stream that fails when writing fails ({@link java.io.PrintStream} swallows errors), so that a
   * closed pipe ({@code pikpak get -o - ... | head}) stops the download instead of fetching the rest for nothing.
   */
  private static java.io.OutputStream failingOnError(java.io.PrintStream out) {
    return new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        out.write(b);
        check();
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        check();
      }

      @Override
      public void flush() throws IOException {
        out.flush();
        check();
      }

      private void check() throws IOException {
        if (out.checkError()) {
          throw new IOException("stdout is closed");
        }
      }
    };
  }

  private void checkTarget(Path target) {
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new InvalidInputException("the directory of " + target + " does not exist: " + parent);
    }
    if (Files.isRegularFile(target) && !overwrite && !continueExisting) {
      throw new DownloadTargetExistsException(target, target + " exists (use --overwrite to replace it)");
    }
    if (Files.isDirectory(target)) {
      throw new DownloadTargetExistsException(target, target + " is a directory");
    }
    Path part = target.resolveSibling(target.getFileName() + ".part");
    if (noResume && !overwrite && Files.exists(part)) {
      throw new DownloadTargetExistsException(
          part, part + " exists (drop --no-resume to continue it, or add --overwrite to start over)");
    }
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
    }
  }
}

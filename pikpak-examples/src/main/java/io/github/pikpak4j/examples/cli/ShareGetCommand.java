package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.core.transfer.DownloadOptions;
import io.github.pikpak4j.core.transfer.DownloadResult;
import io.github.pikpak4j.core.transfer.LocalNames;
import io.github.pikpak4j.share.Share;
import io.github.pikpak4j.share.ShareEntry;
import io.github.pikpak4j.share.ShareLink;
import io.github.pikpak4j.share.TranscodePolicy;
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
 * {@code pikpak share get SHARE [FILE_ID...] [-o DEST] [-r] [--pass-code CODE] [--transcode]}: downloads files of a
 * share into a directory through the same engine, CDN policy and connection budget as {@code get}. Without FILE_ID,
 * the link's folder (or the share's top level). Names come from strangers: each one becomes a single safe local
 * component ({@link LocalNames}), so nothing is written outside DEST. Shared files carry no GCID: the size is verified.
 */
@Command(name = "get", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Downloads files of a share into a directory; -r downloads folders as trees.",
        "Shared video originals may stream only partly: --transcode gets the full transcoded rendition."})
final class ShareGetCommand extends ShareSubcommand {
  @Parameters(index = "0", paramLabel = "SHARE", description = "Share URL or share id.")
  String share = "";

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE_ID",
      description = "Files or folders inside the share (see share ls); default the link's folder.")
  List<String> fileIds = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "DEST",
      description = "An existing directory to write into (default: the current directory).")
  @Nullable String output;

  @Option(names = {"-r", "--recursive"}, description = "Download folders as trees.")
  boolean recursive;

  @Option(names = "--pass-code", paramLabel = "CODE", description = "The pass code (overrides ?pwd= of the URL).")
  @Nullable String passCode;

  @Option(names = "--transcode", description = "The full transcoded rendition instead of the original bytes.")
  boolean transcode;

  @Option(names = {"-c", "--connections"}, paramLabel = "N", defaultValue = "4",
      description = "Parallel connections per file, 1 to 8 (default ${DEFAULT-VALUE}).")
  int connections = 4;

  @Option(names = "--transfers", paramLabel = "N", defaultValue = "4",
      description = "Files downloaded at once, 1 to 32 (default ${DEFAULT-VALUE}).")
  int transfers = 4;

  @Option(names = "--overwrite", description = "Replace existing files (once the new content is verified).")
  boolean overwrite;

  private @Nullable ShareLink link;
  private @Nullable DownloadOptions options;

  @Override
  void validate() {
    link = link(share, passCode);
    fileIds.forEach(ShareSubcommand::fileId);
    options = DownloadOptions.builder().connections(connections).overwrite(overwrite).build();
    Batch.checkTransfers(transfers);
    Path dest = dest();
    if (!Files.isDirectory(dest.toAbsolutePath())) {
      throw new InvalidInputException("the destination directory does not exist: " + dest.toAbsolutePath());
    }
  }

  private Path dest() {
    return Paths.get(output == null ? "" : output);
  }

  @Override
  void run(ClientFactory.Connection connection, ShareOutput out) {
    long began = System.nanoTime();
    PikPakClient client = connection.client();
    Share opened = client.shares().open(Objects.requireNonNull(link));
    TranscodePolicy policy = transcode ? TranscodePolicy.TRANSCODED : TranscodePolicy.ORIGINAL;
    List<ShareEntry> top = new ArrayList<>();
    if (fileIds.isEmpty()) {
      opened.listAll(opened.folderId()).forEach(top::add);
    } else {
      fileIds.forEach(id -> top.add(opened.file(id)));
    }
    List<Downloads.Job> jobs = new ArrayList<>();
    for (ShareEntry e : top) {
      collect(client, opened, policy, e, List.of(e.name()), jobs);
    }
    PikPakCommand r = Objects.requireNonNull(parent, "parent").root();
    Downloads downloads = new Downloads(r.feedback(), Objects.requireNonNull(options), transfers);
    List<DownloadResult> results = downloads.run(jobs);
    Downloads.print(r.out(), r.json, results, false, (System.nanoTime() - began) / 1e9);
    downloads.finish(jobs.size());
  }

  private void collect(PikPakClient client, Share opened, TranscodePolicy policy, ShareEntry e, List<String> names,
      List<Downloads.Job> jobs) {
    if (e.folder()) {
      if (!recursive) {
        throw new CommandFailedException(TerminalText.safe(e.name()) + " is a folder; add -r to download it as a tree");
      }
      for (ShareEntry child : opened.listAll(e.id())) {
        List<String> below = new ArrayList<>(names);
        below.add(child.name());
        collect(client, opened, policy, child, below, jobs);
      }
      return;
    }
    Path target = LocalNames.resolveInside(dest(), names);
    jobs.add(new Downloads.Job(String.join("/", names), e.size(), target,
        o -> client.transfers().download(opened, e.id(), policy, target, o)));
  }
}

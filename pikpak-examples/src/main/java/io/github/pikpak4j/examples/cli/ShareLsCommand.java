package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.share.Share;
import io.github.pikpak4j.share.ShareEntry;
import io.github.pikpak4j.share.ShareLink;
import io.github.pikpak4j.share.ShareTreeEntry;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pikpak share ls SHARE [--pass-code CODE] [--parent ID] [-r]}: lists a share's folder, all pages. */
@Command(name = "ls", mixinStandardHelpOptions = true, description = "Lists a share's folder, all pages.")
final class ShareLsCommand extends ShareSubcommand {
  /** The bounds of {@code -r}: depth and entries. */
  static final int MAX_DEPTH = 32;

  static final int MAX_ENTRIES = 100_000;

  @Parameters(index = "0", paramLabel = "SHARE", description = "Share URL or share id.")
  String share = "";

  @Option(names = "--pass-code", paramLabel = "CODE", description = "The pass code (overrides ?pwd= of the URL).")
  @Nullable String passCode;

  @Option(names = "--parent", paramLabel = "ID",
      description = "Folder inside the share to list (default the link's folder, else the top level).")
  @Nullable String parent;

  @Option(names = {"-r", "--recursive"}, description = "List every folder below, depth first.")
  boolean recursive;

  private @Nullable ShareLink link;

  @Override
  void validate() {
    link = link(share, passCode);
    if (parent != null) {
      fileId(parent);
    }
  }

  @Override
  void run(ClientFactory.Connection connection, ShareOutput output) {
    Share opened = connection.client().shares().open(java.util.Objects.requireNonNull(link));
    String folder = parent != null ? parent : opened.folderId();
    List<ShareTreeEntry> items;
    if (recursive) {
      items = opened.walk(folder, MAX_DEPTH, MAX_ENTRIES);
    } else {
      items = new ArrayList<>();
      for (ShareEntry e : opened.listAll(folder)) {
        items.add(new ShareTreeEntry(e.name(), 1, e));
      }
    }
    output.entries(items, recursive);
  }
}

package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.share.SaveOptions;
import io.github.pikpak4j.share.ShareLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pikpak share save SHARE [FILE_ID...] [--pass-code CODE] [--to DIR]}: saves (restores) a
 * share, or chosen items of the link's folder, into the drive; default folder "Pack From Shared".
 */
@Command(name = "save", mixinStandardHelpOptions = true,
    description = "Saves a share (or chosen items) into your drive.")
final class ShareSaveCommand extends ShareSubcommand {
  @Parameters(index = "0", paramLabel = "SHARE", description = "Share URL or share id.")
  String share = "";

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE_ID",
      description = "Items of the link's folder to save (default all).")
  List<String> files = new ArrayList<>();

  @Option(names = "--pass-code", paramLabel = "CODE", description = "The pass code (overrides ?pwd= of the URL).")
  @Nullable String passCode;

  @Option(names = "--to", paramLabel = "DIR",
      description = "Target folder: a drive path or id:<ID> (default Pack From Shared).")
  @Nullable String to;

  private @Nullable ShareLink link;

  @Override
  void validate() {
    link = link(share, passCode);
    files.forEach(ShareSubcommand::fileId);
  }

  @Override
  void run(ClientFactory.Connection connection, ShareOutput output) {
    SaveOptions.Builder options = SaveOptions.builder().fileIds(files);
    if (to != null) {
      options.targetFolder(connection.client().files().resolve(to).id());
    }
    output.saved(connection.client().shares().open(Objects.requireNonNull(link)).save(options.build()));
  }
}

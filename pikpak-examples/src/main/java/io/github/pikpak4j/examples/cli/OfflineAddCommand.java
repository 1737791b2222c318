package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.offline.AddOptions;
import io.github.pikpak4j.offline.OfflineUrl;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pikpak offline add URL [--to DIR] [--name NAME] [--preview]}: creates an offline download task, or with
 * {@code --preview} shows what the link contains and creates nothing.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = "Creates an offline download task (magnet, ed2k, http(s) or social-site link).")
final class OfflineAddCommand extends OfflineSubcommand {
  @Parameters(index = "0", paramLabel = "URL", description = "A magnet, ed2k, http(s) or social-site link.")
  String url = "";

  @Option(names = "--to", paramLabel = "DIR",
      description = "Target folder: a drive path or id:<ID> (default PikPak's download folder, My Pack).")
  @Nullable String to;

  @Option(names = "--name", paramLabel = "NAME", description = "A custom name for the result.")
  @Nullable String name;

  @Option(names = "--preview",
      description = "Shows what the link contains (files, sizes, torrent indexes) and creates no task.")
  boolean preview;

  private @Nullable OfflineUrl parsed;
  private AddOptions.Builder options = AddOptions.builder();

  @Override
  void validate() {
    parsed = OfflineUrl.parse(url);
    options = AddOptions.builder();
    if (name != null) {
      options.name(name);
    }
  }

  @Override
  void run(ClientFactory.Connection connection, TaskOutput output) {
    if (preview) {
      OfflineUrl link = parsed != null ? parsed : OfflineUrl.parse(url);
      PikPakCommand r = root();
      new ContentOutput(r.out(), r.settings().json()).preview(connection.client().resources().preview(link.value()));
      return;
    }
    if (to != null) {
      FileEntry dir = connection.client().files().resolve(to);
      if (!dir.isFolder()) {
        throw new InvalidInputException("not a folder: " + to);
      }
      options.folderId(dir.id());
    }
    OfflineUrl link = parsed != null ? parsed : OfflineUrl.parse(url);
    output.added(connection.client().offline().add(link, options.build()));
  }
}

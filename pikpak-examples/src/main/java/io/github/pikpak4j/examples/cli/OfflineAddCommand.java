package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.resource.Resources;
import io.github.pikpak4j.core.resource.UrlContent;
import java.util.ArrayList;
import java.util.List;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.offline.AddOptions;
import io.github.pikpak4j.offline.OfflineUrl;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pikpak offline add URL [--to DIR] [--name NAME] [--preview | --select I,J]}: creates an offline download
 * task; with {@code --preview} shows what the link contains and creates nothing; with {@code --select} creates only
 * the chosen files, each from the GCID PikPak holds for it (pikpak-kotlin's resolveMagnet + instantCreate).
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

  @Option(names = "--select", split = ",", paramLabel = "INDEX",
      description = "Creates only these files of the link (indexes from --preview), each from the GCID PikPak"
          + " holds for it, without a task; into --to (default the root).")
  List<Integer> select = new ArrayList<>();

  private @Nullable OfflineUrl parsed;
  private AddOptions.Builder options = AddOptions.builder();

  @Override
  void validate() {
    if (!select.isEmpty() && (preview || name != null)) {
      throw new InvalidInputException("--select cannot be combined with --preview or --name");
    }
    parsed = OfflineUrl.parse(url);
    options = AddOptions.builder();
    if (name != null) {
      options.name(name);
    }
  }

  @Override
  void run(ClientFactory.Connection connection, TaskOutput output) {
    if (preview || !select.isEmpty()) {
      previewOrSelect(connection);
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

  private void previewOrSelect(ClientFactory.Connection connection) {
    OfflineUrl link = parsed != null ? parsed : OfflineUrl.parse(url);
    PikPakCommand r = root();
    Resources resources = connection.client().resources();
    UrlContent content = resources.preview(link.value());
    if (preview) {
      new ContentOutput(r.out(), r.settings().json()).preview(content);
      return;
    }
    String folder = "";
    if (to != null) {
      FileEntry dir = connection.client().files().resolve(to);
      if (!dir.isFolder()) {
        throw new InvalidInputException("not a folder: " + to);
      }
      folder = dir.id();
    }
    List<Output.Listed> made =
        resources.createSelected(folder, content, select).stream().map(e -> new Output.Listed(e.name(), e)).toList();
    r.output().listing(made, false);
  }
}

package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.Files;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pikpak star PATH...}: stars entries (see {@code ls --starred}). */
@Command(name = "star", mixinStandardHelpOptions = true, description = "Stars entries (list them with ls --starred).")
class StarCommand extends ClientCommand {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Drive paths (/a/b) or id:<ID>.")
  List<String> paths = new ArrayList<>();

  @Override
  final void run(ClientFactory.Connection connection, Output output) {
    paths.forEach(DrivePaths::checkEntryPath);
    Files files = connection.client().files();
    List<FileEntry> entries = new ArrayList<>();
    for (String path : paths) {
      entries.add(files.resolve(path));
    }
    List<String> ids = entries.stream().map(FileEntry::id).distinct().toList();
    apply(files, ids);
    List<Output.Listed> items = new ArrayList<>();
    for (FileEntry e : entries) {
      items.add(new Output.Listed(e.name(), files.get(e.id())));
    }
    output.listing(items, false);
  }

  /** Stars; {@code unstar} removes the stars. */
  void apply(Files files, List<String> ids) {
    files.star(ids);
  }
}

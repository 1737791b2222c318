package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.core.files.FileEntry;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pikpak search NAME [--in DIR]}: the entries of one folder whose name contains NAME, ignoring case. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Finds the entries of a folder whose name contains NAME, ignoring case (one folder deep).")
final class SearchCommand extends ClientCommand {
  @Parameters(index = "0", paramLabel = "NAME", description = "Part of the name.")
  String name = "";

  @Option(names = "--in", paramLabel = "DIR", description = "The folder: a drive path or id:<ID> (default /).")
  String in = "/";

  @Override
  void run(ClientFactory.Connection connection, Output output) {
    FileEntry dir = connection.client().files().resolve(in);
    if (!dir.isFolder()) {
      throw new InvalidInputException("not a folder: " + in);
    }
    List<Output.Listed> hits =
        connection.client().resources().search(dir.id(), name).stream().map(e -> new Output.Listed(e.name(), e))
            .toList();
    output.listing(hits, false);
  }
}

package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.core.files.EntryNames;
import io.github.pikpak4j.core.files.FileEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pikpak rename PATH NAME}: renames an entry in place; prints the renamed entry. */
@Command(name = "rename", mixinStandardHelpOptions = true, description = "Renames an entry in place.")
final class RenameCommand extends ClientCommand {
  @Parameters(index = "0", paramLabel = "PATH", description = "A drive path (/a/b) or id:<ID>.")
  String path = "";

  @Parameters(index = "1", paramLabel = "NAME", description = "The new name (no '/').")
  String name = "";

  @Override
  void run(ClientFactory.Connection connection, Output output) {
    DrivePaths.checkEntryPath(path);
    EntryNames.validate(name);
    FileEntry target = connection.client().files().resolve(path);
    FileEntry renamed = connection.client().files().rename(target.id(), name);
    if (output.json()) {
      output.entry(renamed);
    } else {
      root().out().println(
          TerminalText.safe("renamed " + target.name() + " -> " + renamed.name() + " (" + renamed.id() + ")"));
    }
  }
}

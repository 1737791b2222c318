package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.core.files.EntryNames;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.Files;
import io.github.pikpak4j.core.files.PlacedEntry;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pikpak mkdir [-p] PATH}: creates a folder; with {@code -p} the missing folders of the path too (existing
 * ones are fine). Without {@code -p} an existing name fails (exit 1), as mkdir does, instead of PikPak's
 * {@code name(1)}; should another client take the name between the check and the creation, the server's rename is
 * reported.
 */
@Command(name = "mkdir", mixinStandardHelpOptions = true, description = "Creates a folder.")
final class MkdirCommand extends ClientCommand {
  @Parameters(index = "0", paramLabel = "PATH", description = "The folder to create, e.g. /Movies/2025.")
  String path = "";

  @Option(names = {"-p", "--parents"}, description = "Create missing parent folders; no error if it exists.")
  boolean parents;

  @Override
  void run(ClientFactory.Connection connection, Output output) {
    if (DrivePaths.isId(path)) {
      throw new InvalidInputException("mkdir takes a path, not an id reference: " + path);
    }
    List<String> names = DrivePaths.names(path);
    if (names.isEmpty()) {
      throw new InvalidInputException("the root folder exists already");
    }
    names.forEach(EntryNames::validate);
    Files files = connection.client().files();
    if (parents) {
      FileEntry made = files.mkdirs(path);
      DrivePaths.printPlaced(output, root().out(), new PlacedEntry(made, made.name()), DrivePaths.join(names));
      return;
    }
    FileEntry parent = files.resolve(DrivePaths.join(names.subList(0, names.size() - 1)));
    if (!parent.isFolder()) {
      throw new InvalidInputException("not a folder: " + DrivePaths.join(names.subList(0, names.size() - 1)));
    }
    String name = names.get(names.size() - 1);
    for (FileEntry sibling : files.listAll(parent.id())) {
      if (sibling.name().equals(name)) {
        throw new CommandFailedException(TerminalText.safe(path) + " exists (mkdir -p accepts an existing folder)");
      }
    }
    PlacedEntry made = files.createFolder(parent.id(), name);
    List<String> where = new java.util.ArrayList<>(names.subList(0, names.size() - 1));
    where.add(made.entry().name());
    DrivePaths.printPlaced(output, root().out(), made, DrivePaths.join(where));
  }
}

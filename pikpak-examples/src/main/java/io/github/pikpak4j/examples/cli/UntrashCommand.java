package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.core.files.BatchResult;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.Files;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code pikpak untrash PATH...}: restores entries from the trash. A path is the entry's former path (its folder
 * must still exist); {@code id:<ID>} works too.
 */
@Command(name = "untrash", mixinStandardHelpOptions = true, description = "Restores entries from the trash.")
final class UntrashCommand extends ClientCommand {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Former drive paths (/a/b) or id:<ID>.")
  List<String> paths = new ArrayList<>();

  @Override
  void run(ClientFactory.Connection connection, Output output) {
    paths.forEach(DrivePaths::checkEntryPath);
    Files files = connection.client().files();
    List<FileEntry> entries = new ArrayList<>();
    for (String path : paths) {
      entries.add(files.resolveTrashed(path));
    }
    BatchResult result = files.untrash(entries.stream().map(FileEntry::id).distinct().toList());
    DrivePaths.printBatch(output, root().out(), result, entries, "restored", "missing, or not in the trash");
  }
}

package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.core.files.BatchResult;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.Files;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pikpak rm [--permanent] PATH...}: moves entries to the trash, or deletes them for good. */
@Command(name = "rm", mixinStandardHelpOptions = true, description = "Moves entries to the trash (or deletes them).")
final class RmCommand extends ClientCommand {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Drive paths (/a/b) or id:<ID>.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--permanent", description = "Delete for good instead of moving to the trash.")
  boolean permanent;

  @Override
  void run(ClientFactory.Connection connection, Output output) {
    paths.forEach(DrivePaths::checkEntryPath);
    Files files = connection.client().files();
    List<FileEntry> entries = new ArrayList<>();
    for (String path : paths) {
      entries.add(files.resolve(path));
    }
    List<String> ids = entries.stream().map(FileEntry::id).distinct().toList();
    BatchResult result = permanent ? files.delete(ids) : files.trash(ids);
    DrivePaths.printBatch(
        output,
        root().out(),
        result,
        entries,
        permanent ? "deleted" : "trashed",
        permanent ? "missing, or still there afterwards" : "missing, or already in the trash");
  }
}

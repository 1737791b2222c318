package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.core.files.BatchResult;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.Files;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** Shared body of {@code mv} and {@code cp}: {@code PATH... DIR}, checked, resolved, then one batch call. */
abstract class TransferCommand extends ClientCommand {
  @Parameters(arity = "2..*", paramLabel = "PATH", description = "One or more entries, then the destination folder.")
  List<String> paths = new ArrayList<>();

  /** Returns {@code move} or {@code copy}. */
  abstract String verb();

  /** Runs the batch call. */
  abstract BatchResult apply(Files files, List<String> ids, String dirId);

  @Override
  void run(ClientFactory.Connection connection, Output output) {
    String dir = paths.get(paths.size() - 1);
    List<String> sources = paths.subList(0, paths.size() - 1);
    for (String source : sources) {
      DrivePaths.checkEntryPath(source);
      DrivePaths.checkNotInto(source, dir, verb());
    }
    if (!DrivePaths.isId(dir)) {
      DrivePaths.names(dir);
    }
    Files files = connection.client().files();
    FileEntry target = files.resolve(dir);
    if (!target.isFolder()) {
      throw new InvalidInputException("the destination is not a folder: " + dir);
    }
    List<String> ids = new ArrayList<>();
    for (String source : sources) {
      ids.add(files.resolve(source).id());
    }
    BatchResult result = apply(files, ids, target.id());
    DrivePaths.printPlacements(output, root().out(), result, verb().equals("move") ? "moved" : "copied", dir);
  }
}

package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.core.files.BatchResult;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pikpak empty-trash [-y]}: deletes everything in the trash for good; asks first on a terminal. */
@Command(name = "empty-trash", mixinStandardHelpOptions = true,
    description = {"Empties the trash for good.", "On a terminal it asks first, unless -y."})
final class EmptyTrashCommand extends ClientCommand {
  @Option(names = {"-y", "--yes"}, description = "Do not ask.")
  boolean yes;

  @Override
  void run(ClientFactory.Connection connection, Output output) {
    if (!yes && !root().feedback().confirm("empty the trash? Everything in it is deleted for good.")) {
      throw new CommandFailedException("not confirmed; the trash was not emptied (add -y to skip the question)");
    }
    BatchResult result = connection.client().files().emptyTrash();
    DrivePaths.printBatch(output, root().out(), result, List.of(), "trash emptied", "");
  }
}

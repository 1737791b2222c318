package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.core.files.BatchResult;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code pikpak empty-trash}: deletes everything in the trash for good. */
@Command(name = "empty-trash", mixinStandardHelpOptions = true, description = "Empties the trash for good.")
final class EmptyTrashCommand extends ClientCommand {
  @Override
  void run(ClientFactory.Connection connection, Output output) {
    BatchResult result = connection.client().files().emptyTrash();
    DrivePaths.printBatch(output, root().out(), result, List.of(), "trash emptied", "");
  }
}

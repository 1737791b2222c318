package io.github.pikpak4j.examples.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pikpak offline rm ID... [--delete-files]}: deletes tasks (cancels running ones). */
@Command(name = "rm", mixinStandardHelpOptions = true,
    description = "Deletes offline tasks (a running one is cancelled); exit 1 naming ids that do not exist.")
final class OfflineRmCommand extends OfflineSubcommand {
  @Parameters(index = "0..*", arity = "1..*", paramLabel = "ID", description = "Task ids.")
  List<String> ids = new ArrayList<>();

  @Option(names = "--delete-files", description = "Also delete the downloaded files.")
  boolean deleteFiles;

  @Override
  void validate() {
    ids.forEach(OfflineSubcommand::taskId);
  }

  @Override
  void run(ClientFactory.Connection connection, TaskOutput output) {
    output.removed(connection.client().offline().delete(ids, deleteFiles), deleteFiles);
  }
}

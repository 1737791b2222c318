package io.github.pikpak4j.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pikpak offline get ID}: one task in full. */
@Command(name = "get", mixinStandardHelpOptions = true, description = "Shows one offline task.")
final class OfflineGetCommand extends OfflineSubcommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The task id.")
  String id = "";

  @Override
  void validate() {
    taskId(id);
  }

  @Override
  void run(ClientFactory.Connection connection, TaskOutput output) {
    output.task(connection.client().offline().get(id));
  }
}

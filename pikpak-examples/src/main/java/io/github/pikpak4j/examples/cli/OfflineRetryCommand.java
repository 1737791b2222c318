package io.github.pikpak4j.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pikpak offline retry ID}: retries a failed task. */
@Command(name = "retry", mixinStandardHelpOptions = true, description = "Retries a failed offline task.")
final class OfflineRetryCommand extends OfflineSubcommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The task id.")
  String id = "";

  @Override
  void validate() {
    taskId(id);
  }

  @Override
  void run(ClientFactory.Connection connection, TaskOutput output) {
    output.task(connection.client().offline().retry(id));
  }
}

package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.offline.CompletedTask;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pikpak offline wait ID [--timeout SECONDS]}: polls until the task completes or fails, with
 * progress on stderr; prints the completed task (with {@code --json}, the task shape as the last
 * line). A failed task or a timeout exits with 1 and the error line; the task keeps running after a
 * timeout.
 */
@Command(name = "wait", mixinStandardHelpOptions = true,
    description = "Waits until an offline task completes or fails, with progress on stderr.")
final class OfflineWaitCommand extends OfflineSubcommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The task id.")
  String id = "";

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "3600",
      description = "Give up after this many seconds (default 3600); the task keeps running.")
  long timeoutSeconds = 3600;

  @Override
  void validate() {
    taskId(id);
    if (timeoutSeconds < 0) {
      throw new InvalidInputException("--timeout must not be negative");
    }
  }

  @Override
  void run(ClientFactory.Connection connection, TaskOutput output) {
    CompletedTask done =
        connection.client().offline().await(id, Duration.ofSeconds(timeoutSeconds), output::progress);
    output.task(done.task());
  }
}

package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.api.InvalidInputException;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ParentCommand;

/**
 * Base of the {@code offline} subcommands: validates the arguments (a malformed link or task id
 * fails with exit code 2 before any request), opens the client, runs, closes it.
 */
abstract class OfflineSubcommand implements Callable<Integer> {
  private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

  @ParentCommand @Nullable OfflineCommand parent;

  @Override
  public final Integer call() {
    if (parent == null) {
      throw new IllegalStateException("not run under the offline command");
    }
    PikPakCommand r = parent.root();
    validate();
    try (ClientFactory.Connection connection = ClientFactory.open(r.settings(), r.err())) {
      run(connection, new TaskOutput(r.out(), r.err(), r.settings().json()));
    }
    return ErrorReporter.EXIT_OK;
  }

  /** Returns the {@code pikpak} command this subcommand runs under. */
  final PikPakCommand root() {
    if (parent == null) {
      throw new IllegalStateException("not run under the offline command");
    }
    return parent.root();
  }

  /** Checks the arguments before any request; throws {@link InvalidInputException}. */
  abstract void validate();

  /**
   * Does the command's work.
   *
   * @param connection the open client
   * @param output the result printer
   */
  abstract void run(ClientFactory.Connection connection, TaskOutput output);

  /** Checks a task id. */
  static String taskId(String id) {
    if (!TASK_ID.matcher(id).matches()) {
      throw new InvalidInputException(
          "not a task id: ids are 1 to 128 letters, digits, _ or - (see pikpak offline ls)");
    }
    return id;
  }
}

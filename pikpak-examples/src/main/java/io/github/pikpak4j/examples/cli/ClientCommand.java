package io.github.pikpak4j.examples.cli;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ParentCommand;

/**
 * Base of the subcommands that talk to PikPak: opens the client from the global options, runs, and
 * closes it. Failures propagate to {@link ErrorReporter}.
 */
abstract class ClientCommand implements Callable<Integer> {
  @ParentCommand @Nullable PikPakCommand root;

  @Override
  public final Integer call() {
    PikPakCommand r = root();
    try (ClientFactory.Connection connection = ClientFactory.open(r.settings(), r.err())) {
      run(connection, r.output());
    }
    return ErrorReporter.EXIT_OK;
  }

  /**
   * Does the command's work.
   *
   * @param connection the open client (and the sandbox emulator, if any)
   * @param output the result printer
   */
  abstract void run(ClientFactory.Connection connection, Output output);

  /** Returns the top-level command; set by picocli before {@link #call()}. */
  PikPakCommand root() {
    if (root == null) {
      throw new IllegalStateException("not run under the pikpak command");
    }
    return root;
  }
}

package io.github.pikpak4j.examples.cli;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Base of the commands that only group subcommands ({@code cdn}, {@code offline}, {@code share}):
 * run without a subcommand, they print their usage on stderr and exit with code 2; their
 * subcommands reach the {@code pikpak} command through {@link #root()}.
 */
abstract class GroupCommand implements Callable<Integer> {
  @ParentCommand @Nullable PikPakCommand root;
  @Spec @Nullable CommandSpec spec;

  @Override
  public final Integer call() {
    PikPakCommand r = root();
    if (spec != null) {
      spec.commandLine().usage(r.err());
    }
    return ErrorReporter.EXIT_USAGE;
  }

  /** Returns the {@code pikpak} command this group runs under. */
  final PikPakCommand root() {
    if (root == null) {
      throw new IllegalStateException("not run under the pikpak command");
    }
    return root;
  }
}

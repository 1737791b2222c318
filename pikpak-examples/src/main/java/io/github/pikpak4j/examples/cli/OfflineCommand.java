package io.github.pikpak4j.examples.cli;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pikpak offline ...}: offline (cloud) download tasks: {@code add}, {@code ls}, {@code get},
 * {@code retry}, {@code rm} and {@code wait}.
 */
@Command(
    name = "offline",
    mixinStandardHelpOptions = true,
    description = "Offline (cloud) downloads: PikPak fetches magnet, ed2k and http(s) links into the drive.",
    subcommands = {
      OfflineAddCommand.class,
      OfflineLsCommand.class,
      OfflineGetCommand.class,
      OfflineRetryCommand.class,
      OfflineRmCommand.class,
      OfflineWaitCommand.class
    })
final class OfflineCommand implements Callable<Integer> {
  @ParentCommand @Nullable PikPakCommand root;
  @Spec @Nullable CommandSpec spec;

  @Override
  public Integer call() {
    PikPakCommand r = root();
    if (spec != null) {
      spec.commandLine().usage(r.err());
    }
    return ErrorReporter.EXIT_USAGE;
  }

  PikPakCommand root() {
    if (root == null) {
      throw new IllegalStateException("not run under the pikpak command");
    }
    return root;
  }
}

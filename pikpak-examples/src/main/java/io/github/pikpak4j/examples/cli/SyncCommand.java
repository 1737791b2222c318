package io.github.pikpak4j.examples.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pikpak sync SRC DST [--dry-run] [-y]}: {@code copy}, then removes what DST has and SRC has not: on the drive
 * to the trash, locally for good. On a terminal it asks before removing, unless {@code -y}.
 */
@Command(name = "sync", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Makes DST like SRC: copies what is missing or differs, then removes what SRC has not",
        "(drive side: to the trash). Asks on a terminal before removing, unless -y."})
final class SyncCommand extends CopyCommand {
  @Option(names = {"-y", "--yes"}, description = "Remove without asking.")
  boolean yes;

  @Override
  List<String> extras(ClientFactory.Connection connection, Sides sides, Difference diff, Feedback feedback) {
    return removeExtras(connection, sides, diff, dryRun, yes, feedback);
  }
}

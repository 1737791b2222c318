package io.github.pikpak4j.examples.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pikpak copy SRC DST [--dry-run] [--transfers N]}: copies what is missing at DST or differs (size, then GCID)
 * between a local directory and a drive folder, in either direction; removes nothing.
 */
@Command(name = "copy", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Copies a local directory to a drive folder (pikpak:PATH) or back: only what is missing or differs"
        + " (size, then GCID).", "Uploads are instant when PikPak knows the content; nothing is removed."})
class CopyCommand extends MirrorCommand {
  @Option(names = "--dry-run", description = "Change nothing; print what would be done.")
  boolean dryRun;

  @Option(names = "--transfers", paramLabel = "N", defaultValue = "4",
      description = "Files transferred at once, 1 to 32 (default ${DEFAULT-VALUE}).")
  int transfers = 4;

  @Override
  final void run(ClientFactory.Connection connection, Output output) {
    boolean localIsSrc = localIsSrc();
    Batch.checkTransfers(transfers);
    long began = System.nanoTime();
    Feedback feedback = root().feedback();
    GcidCache cache = GcidCache.beside(connection.sessionFile());
    Sides sides = sides(connection, localIsSrc, cache);
    Difference diff = sides.compare();
    Outcome done = transfer(connection, sides, diff, transfers, dryRun, feedback);
    // nothing is removed after a failed transfer: DST would lose what SRC could not replace
    List<String> removed = done.failed() == 0 ? extras(connection, sides, diff, feedback) : List.of();
    Outcome outcome = new Outcome(done.transferred(), done.skipped(), removed, done.bytes(), done.failed());
    cache.save();
    print(output, outcome, dryRun, (System.nanoTime() - began) / 1e9);
    if (done.failed() > 0) {
      throw new CommandFailedException(done.failed() + " of " + (done.failed() + done.transferred().size())
          + " transfers failed");
    }
  }

  /** Removes extras at DST ({@code sync}); {@code copy} removes nothing. */
  List<String> extras(ClientFactory.Connection connection, Sides sides, Difference diff,
      Feedback feedback) {
    return List.of();
  }
}

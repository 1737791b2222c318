package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.core.files.BatchResult;
import io.github.pikpak4j.core.files.Files;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code pikpak mv PATH... DIR}: moves entries into a folder in one batch call; names taken there are suffixed. */
@Command(name = "mv", mixinStandardHelpOptions = true, description = "Moves entries into a folder.")
final class MvCommand extends TransferCommand {
  @Override
  String verb() {
    return "move";
  }

  @Override
  BatchResult apply(Files files, List<String> ids, String dirId) {
    return files.move(ids, dirId);
  }
}

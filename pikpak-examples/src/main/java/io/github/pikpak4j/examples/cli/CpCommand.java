package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.core.files.BatchResult;
import io.github.pikpak4j.core.files.Files;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code pikpak cp PATH... DIR}: copies entries into a folder in one batch call; a taken name becomes name(1). */
@Command(name = "cp", mixinStandardHelpOptions = true, description = "Copies entries into a folder.")
final class CpCommand extends TransferCommand {
  @Override
  String verb() {
    return "copy";
  }

  @Override
  BatchResult apply(Files files, List<String> ids, String dirId) {
    return files.copy(ids, dirId);
  }
}

package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.core.files.Files;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code pikpak unstar PATH...}: removes the star of entries. */
@Command(name = "unstar", mixinStandardHelpOptions = true, description = "Removes the star of entries.")
final class UnstarCommand extends StarCommand {
  @Override
  void apply(Files files, List<String> ids) {
    files.unstar(ids);
  }
}

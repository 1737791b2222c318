package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.core.files.FileEntry;
import picocli.CommandLine.Command;

/** {@code pikpak archive extract PATH [--archive-password P]}: PikPak extracts the whole archive next to itself. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Asks PikPak to extract the whole archive next to itself (in the background).")
final class ArchiveExtractCommand extends ArchiveSubcommand {
  @Override
  void run(ClientFactory.Connection connection, FileEntry archive, ContentOutput output) {
    output.extraction(connection.client().resources().extract(archive, password));
  }
}

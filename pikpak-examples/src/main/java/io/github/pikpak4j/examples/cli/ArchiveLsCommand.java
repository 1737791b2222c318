package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.core.files.FileEntry;
import picocli.CommandLine.Command;

/** {@code pikpak archive ls PATH [--archive-password P]}: the entries of an archive in the drive. */
@Command(name = "ls", mixinStandardHelpOptions = true, description = "Lists the entries of an archive in the drive.")
final class ArchiveLsCommand extends ArchiveSubcommand {
  @Override
  void run(ClientFactory.Connection connection, FileEntry archive, ContentOutput output) {
    output.archive(connection.client().resources().listArchive(archive, password));
  }
}

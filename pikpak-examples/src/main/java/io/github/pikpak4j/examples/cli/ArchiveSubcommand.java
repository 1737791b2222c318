package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.core.files.FileEntry;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Base of {@code archive ls} and {@code archive extract}: the archive's path, its password, the client. */
abstract class ArchiveSubcommand implements Callable<Integer> {
  @ParentCommand @Nullable ArchiveCommand parent;

  @Parameters(index = "0", paramLabel = "PATH", description = "The archive: a drive path or id:<ID>.")
  String path = "";

  @Option(names = "--archive-password", paramLabel = "PASSWORD",
      description = "The archive's password, if it has one (the global --password is the account's).")
  @Nullable String password;

  @Override
  public final Integer call() {
    if (parent == null) {
      throw new IllegalStateException("not run under the archive command");
    }
    PikPakCommand r = parent.root();
    try (ClientFactory.Connection connection = ClientFactory.open(r.settings(), r.err())) {
      FileEntry archive = connection.client().files().resolve(path);
      run(connection, archive, new ContentOutput(r.out(), r.settings().json()));
    }
    return ErrorReporter.EXIT_OK;
  }

  /**
   * Does the command's work.
   *
   * @param connection the open client
   * @param archive the resolved archive
   * @param output the printer
   */
  abstract void run(ClientFactory.Connection connection, FileEntry archive, ContentOutput output);
}

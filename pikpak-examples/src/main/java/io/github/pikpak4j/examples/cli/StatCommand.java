package io.github.pikpak4j.examples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pikpak stat PATH}: one entry in full. */
@Command(name = "stat", mixinStandardHelpOptions = true, description = "Shows one entry in full.")
final class StatCommand extends ClientCommand {
  @Parameters(index = "0", paramLabel = "PATH", description = "A drive path (/a/b) or id:<ID>.")
  String path = "";

  @Override
  void run(ClientFactory.Connection connection, Output output) {
    output.entry(connection.client().files().resolve(path));
  }
}

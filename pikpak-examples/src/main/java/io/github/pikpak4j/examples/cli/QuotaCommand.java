package io.github.pikpak4j.examples.cli;

import picocli.CommandLine.Command;

/** {@code pikpak quota}: the storage limit and usage, in bytes. */
@Command(name = "quota", mixinStandardHelpOptions = true,
    description = "Shows the storage limit and usage (bytes).")
final class QuotaCommand extends ClientCommand {
  @Override
  void run(ClientFactory.Connection connection, Output output) {
    output.quota(connection.client().account().quota());
  }
}

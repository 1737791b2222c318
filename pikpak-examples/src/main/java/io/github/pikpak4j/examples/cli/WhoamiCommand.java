package io.github.pikpak4j.examples.cli;

import picocli.CommandLine.Command;

/** {@code pikpak whoami}: the user id, name, e-mail and phone number as the server reports them. */
@Command(name = "whoami", mixinStandardHelpOptions = true,
    description = "Shows the user id, name, e-mail and phone number as the server reports them.")
final class WhoamiCommand extends ClientCommand {
  @Override
  void run(ClientFactory.Connection connection, Output output) {
    output.user(connection.client().account().user());
  }
}

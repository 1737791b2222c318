package io.github.pikpak4j.examples.cli;

import picocli.CommandLine.Command;

/** {@code pikpak login}: signs in (or refreshes the saved session) and saves the session. */
@Command(name = "login", mixinStandardHelpOptions = true,
    description = "Signs in (or refreshes the saved session) and saves the session.")
final class LoginCommand extends ClientCommand {
  @Override
  void run(ClientFactory.Connection connection, Output output) {
    output.login(connection.client().login(), connection.sessionFile().toString());
  }
}

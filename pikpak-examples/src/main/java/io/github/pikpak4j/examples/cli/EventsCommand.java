package io.github.pikpak4j.examples.cli;

import picocli.CommandLine.Command;

/** {@code pikpak events}: the most recent drive events (uploads, adds, plays), newest first, one page. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Lists the most recent drive events (uploads, additions), newest first (up to 100).")
final class EventsCommand extends ClientCommand {
  @Override
  void run(ClientFactory.Connection connection, Output output) {
    new MembershipOutput(root().out(), output.json()).events(connection.client().membership().events(null));
  }
}

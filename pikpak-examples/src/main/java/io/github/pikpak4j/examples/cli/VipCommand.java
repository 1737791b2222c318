package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.core.membership.Membership;
import picocli.CommandLine.Command;

/** {@code pikpak vip}: the membership and the monthly transfer quota. */
@Command(name = "vip", mixinStandardHelpOptions = true,
    description = "Shows the VIP membership and the monthly transfer quota.")
final class VipCommand extends ClientCommand {
  @Override
  void run(ClientFactory.Connection connection, Output output) {
    Membership m = connection.client().membership();
    new MembershipOutput(root().out(), output.json()).vip(m.vip(), m.transferQuota());
  }
}

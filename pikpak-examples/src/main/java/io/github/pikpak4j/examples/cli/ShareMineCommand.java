package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.share.MyShare;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code pikpak share mine}: lists the user's own shares, all pages. */
@Command(name = "mine", mixinStandardHelpOptions = true, description = "Lists your own shares.")
final class ShareMineCommand extends ShareSubcommand {
  @Override
  void validate() {}

  @Override
  void run(ClientFactory.Connection connection, ShareOutput output) {
    List<MyShare> all = connection.client().shares().mine().stream().collect(Collectors.toList());
    output.mine(all);
  }
}

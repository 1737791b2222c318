package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.share.ShareLink;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pikpak share rm SHARE_ID...}: deletes (cancels) your own shares; the files stay. */
@Command(name = "rm", mixinStandardHelpOptions = true,
    description = "Deletes your own shares (the shared files stay).")
final class ShareRmCommand extends ShareSubcommand {
  @Parameters(arity = "1..*", paramLabel = "SHARE_ID", description = "Share ids or URLs.")
  List<String> shares = new ArrayList<>();

  private final List<String> ids = new ArrayList<>();

  @Override
  void validate() {
    for (String s : shares) {
      ids.add(ShareLink.parse(s).shareId());
    }
  }

  @Override
  void run(ClientFactory.Connection connection, ShareOutput output) {
    output.deleted(connection.client().shares().delete(ids));
  }
}

package io.github.pikpak4j.examples.cli;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pikpak share ...}: reads other people's shares ({@code ls}, {@code link}, {@code save})
 * and manages the user's own ({@code create}, {@code mine}, {@code rm}). A {@code SHARE} argument is
 * a share URL ({@code https://mypikpak.com/s/<id>[/<folder>][?pwd=<code>]}) or a bare share id.
 */
@Command(
    name = "share",
    mixinStandardHelpOptions = true,
    description = "Share links: list, link and save other people's shares; create, list and remove your own.",
    subcommands = {
      ShareLsCommand.class,
      ShareLinkCommand.class,
      ShareSaveCommand.class,
      ShareCreateCommand.class,
      ShareMineCommand.class,
      ShareRmCommand.class
    })
final class ShareCommand implements Callable<Integer> {
  @ParentCommand @Nullable PikPakCommand root;
  @Spec @Nullable CommandSpec spec;

  @Override
  public Integer call() {
    PikPakCommand r = root();
    if (spec != null) {
      spec.commandLine().usage(r.err());
    }
    return ErrorReporter.EXIT_USAGE;
  }

  PikPakCommand root() {
    if (root == null) {
      throw new IllegalStateException("not run under the pikpak command");
    }
    return root;
  }
}

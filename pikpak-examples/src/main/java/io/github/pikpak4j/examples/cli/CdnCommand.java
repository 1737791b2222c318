package io.github.pikpak4j.examples.cli;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pikpak cdn ...}: the CDN host policy ({@code --cdn}, {@code --cdn-candidates}). */
@Command(
    name = "cdn",
    mixinStandardHelpOptions = true,
    description = "CDN host selection: probe the candidates (--cdn, --cdn-candidates).",
    subcommands = {CdnProbeCommand.class})
final class CdnCommand implements Callable<Integer> {
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

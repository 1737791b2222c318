package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.api.InvalidInputException;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code pikpak completion bash|zsh}: prints a completion script generated from the command model by picocli's
 * {@link AutoComplete} (never written by hand, so it follows every command and option). zsh loads the same script
 * through {@code bashcompinit}, which the script enables itself.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = {"Prints a shell completion script.", "bash: source <(pikpak completion bash)",
        "zsh:  source <(pikpak completion zsh)"})
final class CompletionCommand implements Callable<Integer> {
  @ParentCommand @Nullable PikPakCommand root;

  @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
  String shell = "";

  @Override
  public Integer call() {
    if (!shell.equals("bash") && !shell.equals("zsh")) {
      throw new InvalidInputException("completion is generated for bash or zsh, got " + shell);
    }
    PikPakCommand r = Objects.requireNonNull(root, "root");
    CommandLine top = CommandModel.full(new PikPakCommand(r.out(), r.err(), java.util.Map.of()));
    r.out().print(AutoComplete.bash("pikpak", top));
    r.out().flush();
    return ErrorReporter.EXIT_OK;
  }
}

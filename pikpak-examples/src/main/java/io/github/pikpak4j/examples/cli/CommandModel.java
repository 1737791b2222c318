package io.github.pikpak4j.examples.cli;

import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Builds the picocli model of {@code pikpak}, the one place that knows its subcommands.
 *
 * <p>Picocli builds a command's model by reflection, and every subcommand carries the global options (they are
 * inherited); in a cold JVM the whole model of {@code pikpak} took about 180 ms, more than the rest of the start of
 * a {@code get}. So a command line that names its subcommand gets a model with that subcommand alone
 * ({@link #forArgs}), and {@code --version} alone gets the top-level command alone (the version names no
 * subcommand); help, {@code completion} and anything the scan does not understand get the whole model
 * ({@link #full}), so that what they print is unchanged.
 */
final class CommandModel {
  /** The subcommands, in the order help lists them. */
  private static final List<Class<?>> SUBCOMMANDS = List.of(
      LoginCommand.class,
      WhoamiCommand.class,
      QuotaCommand.class,
      VipCommand.class,
      EventsCommand.class,
      SearchCommand.class,
      ArchiveCommand.class,
      LsCommand.class,
      PutCommand.class,
      OfflineCommand.class,
      StatCommand.class,
      LinkCommand.class,
      GetCommand.class,
      ShareCommand.class,
      MkdirCommand.class,
      RenameCommand.class,
      MvCommand.class,
      CpCommand.class,
      RmCommand.class,
      UntrashCommand.class,
      EmptyTrashCommand.class,
      CdnCommand.class,
      SandboxCommand.class,
      CopyCommand.class,
      SyncCommand.class,
      CheckCommand.class,
      StarCommand.class,
      UnstarCommand.class,
      CompletionCommand.class,
      ServeCommand.class);

  private CommandModel() {}

  /**
   * Returns the model with every subcommand.
   *
   * @param root the top-level command of this run
   * @return its command line
   */
  static CommandLine full(PikPakCommand root) {
    CommandLine top = new CommandLine(root);
    SUBCOMMANDS.forEach(top::addSubcommand);
    HelpLayout.install(top);
    return top;
  }

  /**
   * Returns the model for one command line: with only the subcommand it names, when it names one before anything
   * but global options; without subcommands for {@code --version} or {@code -V} alone; else {@link #full}.
   *
   * @param root the top-level command of this run
   * @param args the command line
   * @return its command line
   */
  static CommandLine forArgs(PikPakCommand root, String[] args) {
    CommandLine top = new CommandLine(root);
    if (args.length != 1 || !isVersion(top.getCommandSpec(), args[0])) {
      Class<?> named = named(top.getCommandSpec(), args);
      if (named == null) {
        return full(root);
      }
      top.addSubcommand(named);
    }
    HelpLayout.install(top);
    return top;
  }

  /** The subcommand the first argument that is not a global option names, or null when in doubt. */
  private static @Nullable Class<?> named(CommandSpec rootSpec, String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-")) {
        Class<?> named = subcommand(arg);
        return named == CompletionCommand.class ? null : named;
      }
      int eq = arg.indexOf('=');
      OptionSpec option = rootSpec.findOption(eq < 0 ? arg : arg.substring(0, eq));
      if (option == null || option.usageHelp() || option.versionHelp()) {
        return null; // "--", clustered or unknown options, help and version: the whole model decides
      }
      if (eq < 0 && option.arity().min() > 0) {
        i++; // the option's value; picocli refuses one that is a subcommand or an option, so the whole model must
        if (i < args.length && (args[i].startsWith("-") || subcommand(args[i]) != null)) {
          return null;
        }
      }
    }
    return null;
  }

  private static boolean isVersion(CommandSpec rootSpec, String arg) {
    OptionSpec option = rootSpec.findOption(arg);
    return option != null && option.versionHelp();
  }

  private static @Nullable Class<?> subcommand(String name) {
    return SUBCOMMANDS.stream()
        .filter(c -> c.getAnnotation(Command.class).name().equals(name))
        .findFirst().orElse(null);
  }
}

package io.github.pikpak4j.examples.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Lays out each subcommand's help with its own options first and the global ones (inherited from {@code pikpak})
 * after them under {@code Global options:}, so that {@code pikpak get --help} starts with what {@code get} takes.
 */
final class HelpLayout {
  private HelpLayout() {}

  /**
   * Installs the layout on a command and all its subcommands.
   *
   * @param commandLine the top-level command line
   */
  static void install(CommandLine commandLine) {
    for (CommandLine sub : commandLine.getSubcommands().values()) {
      sub.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpLayout::options);
      // the synopsis names the command's arguments; its options follow in the list, its own ones first
      sub.getCommandSpec().usageMessage().abbreviateSynopsis(true);
      install(sub);
    }
  }

  private static String options(Help help) {
    List<OptionSpec> all = help.commandSpec().options().stream().filter(o -> !o.hidden()).toList();
    List<OptionSpec> own = all.stream().filter(o -> !o.inherited()).toList();
    List<OptionSpec> global = all.stream().filter(OptionSpec::inherited).toList();
    java.util.Comparator<OptionSpec> order =
        help.commandSpec().usageMessage().sortOptions() ? Help.createShortOptionArityAndNameComparator() : null;
    StringBuilder text = new StringBuilder(
        help.optionListExcludingGroups(own, help.createDefaultLayout(), order, help.createDefaultParamLabelRenderer()));
    if (!global.isEmpty()) {
      text.append(String.format("%nGlobal options:%n")).append(help.optionListExcludingGroups(global,
          help.createDefaultLayout(), Help.createShortOptionArityAndNameComparator(),
          help.createDefaultParamLabelRenderer()));
    }
    return text.toString();
  }
}

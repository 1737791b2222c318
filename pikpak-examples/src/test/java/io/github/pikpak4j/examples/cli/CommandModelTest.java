package io.github.pikpak4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

class CommandModelTest {
  private static PikPakCommand root() {
    PrintStream nowhere = new PrintStream(new ByteArrayOutputStream());
    return new PikPakCommand(nowhere, nowhere, Map.of());
  }

  private static List<String> subcommands(String... args) {
    return List.copyOf(CommandModel.forArgs(root(), args).getSubcommands().keySet());
  }

  @Test
  void aNamedSubcommandGetsAModelWithItAlone() {
    assertThat(subcommands("get", "/a", "-o", "b")).containsExactly("get");
    assertThat(subcommands("--json", "ls", "/")).containsExactly("ls");
    assertThat(subcommands("--session=/tmp/s", "-v", "share", "ls", "x")).containsExactly("share");
  }

  @Test
  void theValueOfAGlobalOptionIsNotTakenForTheSubcommand() {
    assertThat(subcommands("--session", "list", "ls", "/")).containsExactly("ls");
    // picocli refuses a value that names a subcommand or is an option: the whole model gives its error
    assertThat(subcommands("--session", "get", "ls", "/")).hasSize(30);
    assertThat(subcommands("--session", "--json", "ls", "/")).hasSize(30);
    assertThat(subcommands("--username", "ls")).hasSize(30); // no subcommand named: the whole model
  }

  @Test
  void helpVersionCompletionAndAnythingUnclearGetTheWholeModel() {
    int all = CommandModel.full(root()).getSubcommands().size();
    assertThat(all).isEqualTo(30);
    for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"-V", "ls"},
        new String[] {"completion", "bash"}, new String[] {"lss", "/"}, new String[] {"--", "ls"},
        new String[] {"-vx", "ls"}, new String[] {"--no-such-option", "ls"})) {
      assertThat(subcommands(args)).as(String.join(" ", args)).hasSize(all);
    }
  }

  @Test
  void versionAloneGetsTheTopLevelCommandAloneAndPrintsTheSame() {
    assertThat(subcommands("--version")).isEmpty();
    assertThat(subcommands("-V")).isEmpty();
    java.io.StringWriter alone = new java.io.StringWriter();
    java.io.StringWriter whole = new java.io.StringWriter();
    CommandLine lazy = CommandModel.forArgs(root(), new String[] {"--version"});
    lazy.setOut(new java.io.PrintWriter(alone, true));
    CommandLine full = CommandModel.full(root());
    full.setOut(new java.io.PrintWriter(whole, true));
    assertThat(lazy.execute("--version")).isZero();
    assertThat(full.execute("--version")).isZero();
    assertThat(alone.toString()).isEqualTo(whole.toString()).contains("pikpak");
  }

  @Test
  void bothModelsParseACommandLineTheSameWay() {
    for (String[] args : List.of(new String[] {"--json", "--session", "list", "ls", "/", "-v"},
        new String[] {"get", "/a", "-o", "/tmp", "-c", "8", "--cdn", "fastest", "--json"},
        new String[] {"--platform=android", "offline", "add", "magnet:?xt=urn:btih:" + "a".repeat(40)})) {
      PikPakCommand lazyRoot = root();
      PikPakCommand fullRoot = root();
      ParseResult lazy = CommandModel.forArgs(lazyRoot, args).parseArgs(args);
      ParseResult full = CommandModel.full(fullRoot).parseArgs(args);
      assertThat(names(lazy)).isEqualTo(names(full));
      assertThat(lazyRoot.settings()).isEqualTo(fullRoot.settings());
      assertThat(leaf(lazy).matchedArgs().stream().map(a -> a.toString() + "=" + a.getValue()).toList())
          .isEqualTo(leaf(full).matchedArgs().stream().map(a -> a.toString() + "=" + a.getValue()).toList());
    }
  }

  @Test
  void aValueThatNamesASubcommandIsRefusedAsBefore() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = PikPakCli.run(new String[] {"--session", "get", "ls", "/"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err), Map.of());
    assertThat(code).isEqualTo(ErrorReporter.EXIT_USAGE);
    assertThat(err.toString()).contains("Expected parameter for option '--session' but found 'get'");
  }

  private static List<String> names(ParseResult r) {
    return r.asCommandLineList().stream().map(CommandLine::getCommandName).toList();
  }

  private static ParseResult leaf(ParseResult r) {
    while (r.hasSubcommand()) {
      r = r.subcommand();
    }
    return r;
  }
}

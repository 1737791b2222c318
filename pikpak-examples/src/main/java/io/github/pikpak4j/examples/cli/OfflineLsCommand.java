package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.offline.OfflineTask;
import io.github.pikpak4j.offline.TaskPhase;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pikpak offline ls [--phase running,error,complete,pending]}: lists tasks, all pages. */
@Command(name = "ls", mixinStandardHelpOptions = true, description = "Lists offline tasks, all pages, newest first.")
final class OfflineLsCommand extends OfflineSubcommand {
  @Option(names = "--phase", paramLabel = "PHASES",
      description = "Comma-separated phases: pending, running, complete, error (default all).")
  @Nullable String phase;

  private Set<TaskPhase> phases = EnumSet.noneOf(TaskPhase.class);

  @Override
  void validate() {
    phases = parsePhases(phase);
  }

  static Set<TaskPhase> parsePhases(@Nullable String text) {
    Set<TaskPhase> set = EnumSet.noneOf(TaskPhase.class);
    if (text == null) {
      return set;
    }
    for (String part : text.split(",")) {
      if (!part.isBlank()) {
        set.add(TaskPhase.parse(part));
      }
    }
    return set;
  }

  @Override
  void run(ClientFactory.Connection connection, TaskOutput output) {
    List<OfflineTask> tasks = new ArrayList<>();
    connection.client().offline().listAll(phases).forEach(tasks::add);
    output.listing(tasks);
  }
}

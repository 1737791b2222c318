package io.github.pikpak4j.examples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;

/**
 * {@code pikpak check SRC DST}: lists what differs between a local directory and a drive folder (size, then GCID);
 * exit code 1 when anything differs.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Lists what differs between a local directory and a drive folder (pikpak:PATH): size, then GCID.",
        "Exit code 1 when anything differs."})
final class CheckCommand extends MirrorCommand {
  @Override
  void run(ClientFactory.Connection connection, Output output) {
    boolean localIsSrc = localIsSrc();
    GcidCache cache = GcidCache.beside(connection.sessionFile());
    Difference diff = sides(connection, localIsSrc, cache).compare();
    cache.save();
    PrintStream out = root().out();
    if (output.json()) {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      map.put("missing_on_dst", new ArrayList<Object>(diff.missingOnDst()));
      map.put("missing_on_src", new ArrayList<Object>(diff.missingOnSrc()));
      map.put("differ", new ArrayList<Object>(diff.differ()));
      map.put("same", diff.same());
      out.println(Json.write(map));
    } else {
      lines(out, "missing on DST: ", diff.missingOnDst());
      lines(out, "missing on SRC: ", diff.missingOnSrc());
      lines(out, "differs: ", diff.differ());
      out.println(diff.same() + " the same, " + (diff.missingOnDst().size() + diff.missingOnSrc().size()
          + diff.differ().size()) + " different");
    }
    if (!diff.none()) {
      throw new CommandFailedException("SRC and DST differ");
    }
  }

  private static void lines(PrintStream out, String prefix, List<String> paths) {
    paths.forEach(p -> out.println(prefix + TerminalText.safe(p)));
  }
}

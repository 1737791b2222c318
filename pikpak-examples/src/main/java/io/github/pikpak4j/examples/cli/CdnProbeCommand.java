package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.core.cdn.CdnProbeReport;
import io.github.pikpak4j.core.cdn.CdnProbeResult;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.link.LinkPolicy;
import io.github.pikpak4j.core.link.ResolvedLink;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code pikpak cdn probe [PATH]}: resolves the file's link and probes every CDN candidate with a
 * one-byte ranged GET of that link (the link's own host, the built-in hosts of its family and
 * {@code --cdn-candidates}), waiting for them all (each bounded by the probe timeout), then shows
 * each latency and the host the policy picks. Without PATH the first file of the drive's root
 * folder is used. Under {@code --cdn off} the choice shown is what {@code auto} would pick.
 */
@Command(
    name = "probe",
    mixinStandardHelpOptions = true,
    description = "Probes the CDN candidates with a file's link; shows each latency and the choice.")
final class CdnProbeCommand implements Callable<Integer> {
  @ParentCommand @Nullable CdnCommand parent;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH",
      description = "A drive path (/a/b) or id:<ID>; default the first file of the root folder.")
  @Nullable String path;

  @Override
  public Integer call() {
    if (parent == null) {
      throw new IllegalStateException("not run under the cdn command");
    }
    PikPakCommand r = parent.root();
    Settings settings = r.settings();
    try (ClientFactory.Connection connection = ClientFactory.open(settings, r.err())) {
      String target = path != null ? path : firstFile(connection);
      LinkPolicy policy = settings.mediaLinks() ? LinkPolicy.media() : LinkPolicy.original();
      ResolvedLink link = connection.client().links().resolve(target, policy);
      CdnProbeReport report =
          connection.client().cdn().probe(link.originalUrl(), link.originalBytes() ? link.size() : -1);
      print(r.out(), r.json, report, link.fileName());
    }
    return ErrorReporter.EXIT_OK;
  }

  private static String firstFile(ClientFactory.Connection connection) {
    for (FileEntry e : connection.client().files().listAll("")) {
      if (!e.isFolder()) {
        return "id:" + e.id();
      }
    }
    throw new InvalidInputException("the drive's root folder has no file to probe with; give a PATH");
  }

  static void print(PrintStream out, boolean json, CdnProbeReport report, String fileName) {
    if (json) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      m.put("chosen", report.chosen());
      List<Object> candidates = new ArrayList<>();
      for (CdnProbeResult c : report.candidates()) {
        Map<String, @Nullable Object> cm = new LinkedHashMap<>();
        cm.put("host", c.host());
        cm.put("latency_ms", c.latency() == null ? null : c.latencyMillis());
        cm.put("ok", c.ok());
        cm.put("error", c.error());
        cm.put("original", c.original());
        candidates.add(cm);
      }
      m.put("candidates", candidates);
      m.put("policy", report.policy());
      m.put("original_host", report.originalHost());
      m.put("file", fileName);
      m.put("elapsed_ms", report.elapsed().toMillis());
      out.println(Json.write(m));
      return;
    }
    int width = "HOST".length();
    for (CdnProbeResult c : report.candidates()) {
      width = Math.max(width, c.host().length() + (c.original() ? 2 : 0));
    }
    out.printf("%-" + width + "s  %10s  %-3s  %s%n", "HOST", "LATENCY", "OK", "ERROR");
    for (CdnProbeResult c : report.candidates()) {
      out.printf("%-" + width + "s  %10s  %-3s  %s%n",
          TerminalText.safe(c.host() + (c.original() ? " *" : "")),
          c.latency() == null ? "-" : c.latencyMillis() + " ms",
          c.ok() ? "yes" : "no",
          c.error() == null ? "" : TerminalText.safe(c.error()));
    }
    out.println(TerminalText.safe("chosen: " + report.chosen() + (report.rewritten() ? "" : " (the link's own host)")
        + "   policy: " + report.policy() + "   file: " + fileName + "   (* the link's own host)"));
  }
}

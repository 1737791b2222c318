package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.core.resource.ArchivedFile;
import io.github.pikpak4j.core.resource.ContentFile;
import io.github.pikpak4j.core.resource.Extraction;
import io.github.pikpak4j.core.resource.UrlContent;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Prints content lookups: {@code offline add --preview} and {@code archive ls|extract}. Names from the server go
 * through {@link TerminalText#safe} in text output.
 */
final class ContentOutput {
  private final PrintStream out;
  private final boolean json;

  ContentOutput(PrintStream out, boolean json) {
    this.out = out;
    this.json = json;
  }

  /** {@code {"name","size","file_count","cached","error","files":[{"index","path","size"}]}}. */
  void preview(UrlContent c) {
    if (json) {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      map.put("name", c.name());
      map.put("size", c.size());
      map.put("file_count", c.fileCount());
      map.put("cached", c.cached());
      map.put("error", c.resolverError().orElse(null));
      List<Map<String, @Nullable Object>> files = new ArrayList<>();
      for (ContentFile f : c.files()) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("index", f.index());
        m.put("path", f.path());
        m.put("size", f.size());
        files.add(m);
      }
      map.put("files", files);
      out.println(Json.write(map));
      return;
    }
    TextLayout.field(out, "name", TerminalText.safe(c.name()));
    TextLayout.field(out, "size", c.size() + " bytes (" + Output.humanSize(c.size()) + ")");
    TextLayout.field(out, "files", Integer.toString(c.fileCount()));
    TextLayout.field(out, "error", c.resolverError().map(TerminalText::safe).orElse(null));
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"INDEX", "SIZE", "PATH"});
    for (ContentFile f : c.files()) {
      rows.add(new String[] {Integer.toString(f.index()), Output.humanSize(f.size()), TerminalText.safe(f.path())});
    }
    if (!c.files().isEmpty()) {
      TextLayout.printTable(out, rows, 0, 1);
    }
  }

  /** JSON lines {@code {"index","path","size","folder"}}, or a table. */
  void archive(List<ArchivedFile> entries) {
    if (json) {
      for (ArchivedFile e : entries) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("index", e.index());
        m.put("path", e.path());
        m.put("size", e.size());
        m.put("folder", e.folder());
        out.println(Json.write(m));
      }
      return;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"INDEX", "SIZE", "PATH"});
    for (ArchivedFile e : entries) {
      rows.add(new String[] {Integer.toString(e.index()), e.folder() ? "-" : Output.humanSize(e.size()),
          TerminalText.safe(e.path()) + (e.folder() ? "/" : "")});
    }
    TextLayout.printTable(out, rows, 0, 1);
    if (entries.isEmpty()) {
      out.println("(empty)");
    }
  }

  /** {@code {"task_id","files"}}. */
  void extraction(Extraction x) {
    if (json) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      m.put("task_id", x.taskId());
      m.put("files", x.files());
      out.println(Json.write(m));
      return;
    }
    TextLayout.field(out, "extracting", x.files() + " file(s), next to the archive");
    TextLayout.field(out, "task", TerminalText.safe(x.taskId()));
  }
}

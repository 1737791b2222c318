package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.api.IdsOutcome;
import io.github.pikpak4j.offline.AddResult;
import io.github.pikpak4j.offline.OfflineTask;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Prints offline tasks for people or, with {@code --json}, in the task shape of the CLI contract:
 * {@code {"id","name","phase","progress","file_id","file_name","file_size","message"}} plus a few
 * extras ({@code url}, {@code created_time}, {@code updated_time}).
 */
final class TaskOutput {
  private final PrintStream out;
  private final PrintStream err;
  private final boolean json;

  TaskOutput(PrintStream out, PrintStream err, boolean json) {
    this.out = out;
    this.err = err;
    this.json = json;
  }

  /** Prints the result of {@code offline add}. */
  void added(AddResult r) {
    if (json) {
      Map<String, @Nullable Object> map = taskJson(r.task());
      map.put("already_complete", r.isComplete());
      out.println(Json.write(map));
      return;
    }
    out.println(r.isComplete() ? "already complete (PikPak had the content)" : "queued");
    task(r.task());
  }

  /** Prints one task in full ({@code get}, {@code retry}, the end of {@code wait}). */
  void task(OfflineTask t) {
    if (json) {
      out.println(Json.write(taskJson(t)));
      return;
    }
    field("id", t.id());
    field("name", t.name());
    field("phase", t.phase().name());
    field("progress", t.progress() + "%");
    field("file id", t.fileId());
    field("file name", t.fileName());
    field("file size", t.fileSize() == 0 ? "" : t.fileSize() + " bytes (" + Output.humanSize(t.fileSize()) + ")");
    field("message", t.message());
    field("url", t.url());
    field("created", t.createdTime() == null ? null : t.createdTime().toString());
  }

  /** Prints a listing ({@code offline ls}). */
  void listing(List<OfflineTask> tasks) {
    if (json) {
      List<Object> array = new ArrayList<>(tasks.size());
      tasks.forEach(t -> array.add(taskJson(t)));
      out.println(Json.write(array));
      return;
    }
    if (tasks.isEmpty()) {
      out.println("(no tasks)");
      return;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"PHASE", "PROGRESS", "SIZE", "ID", "NAME"});
    for (OfflineTask t : tasks) {
      rows.add(new String[] {
        t.phase().name(),
        t.progress() + "%",
        t.fileSize() == 0 ? "-" : Output.humanSize(t.fileSize()),
        t.id(),
        t.name() + (t.message().isEmpty() || !t.phase().name().equals("ERROR") ? "" : "  (" + t.message() + ")")
      });
    }
    TextLayout.print(out, TextLayout.table(rows, 1, 2).stream().map(String::stripTrailing).toList());
  }

  /** Prints the outcome of {@code offline rm}. */
  void removed(IdsOutcome outcome, boolean withFiles) {
    if (json) {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      map.put("deleted", outcome.done());
      map.put("not_done", outcome.notDone());
      map.put("delete_files", withFiles);
      out.println(Json.write(map));
    } else if (!outcome.done().isEmpty()) {
      out.println("deleted " + outcome.done().size() + " task(s)" + (withFiles ? " and their files" : ""));
    }
    NotDoneException.throwIfAny("deleted", "no such task", outcome.notDone());
  }

  /** Prints one progress line of {@code offline wait} on stderr. */
  void progress(OfflineTask t) {
    err.println(TerminalText.safe("offline: " + t.phase().name() + " " + t.progress() + "% " + t.name()));
  }

  static Map<String, @Nullable Object> taskJson(OfflineTask t) {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    map.put("id", t.id());
    map.put("name", t.name());
    map.put("phase", t.phase().name());
    map.put("progress", t.progress());
    map.put("file_id", t.fileId());
    map.put("file_name", t.fileName());
    map.put("file_size", t.fileSize());
    map.put("message", t.message());
    map.put("url", t.url());
    map.put("created_time", t.createdTime());
    map.put("updated_time", t.updatedTime());
    return map;
  }

  private void field(String label, @Nullable String value) {
    TextLayout.field(out, label, value);
  }
}

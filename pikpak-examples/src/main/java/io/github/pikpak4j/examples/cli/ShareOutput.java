package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.api.IdsOutcome;
import io.github.pikpak4j.share.CreatedShare;
import io.github.pikpak4j.share.MyShare;
import io.github.pikpak4j.share.SaveResult;
import io.github.pikpak4j.share.ShareEntry;
import io.github.pikpak4j.share.ShareLinkChoice;
import io.github.pikpak4j.share.ShareTreeEntry;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Prints the results of the {@code share} commands, for people or (with {@code --json}) in the
 * shapes of the CLI contract, through the shared {@link Json} writer.
 */
final class ShareOutput {
  private final PrintStream out;
  private final boolean json;

  ShareOutput(PrintStream out, boolean json) {
    this.out = out;
    this.json = json;
  }

  /** {@code share ls}: entries {@code {"id","name","kind","size"}} (+ {@code path}, {@code depth} with -r). */
  void entries(List<ShareTreeEntry> items, boolean withPaths) {
    if (json) {
      List<Object> array = new ArrayList<>();
      for (ShareTreeEntry t : items) {
        Map<String, @Nullable Object> m = entryJson(t.entry());
        if (withPaths) {
          m.put("path", t.path());
          m.put("depth", t.depth());
        }
        array.add(m);
      }
      out.println(Json.write(array));
      return;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"KIND", "SIZE", "ID", "NAME"});
    for (ShareTreeEntry t : items) {
      ShareEntry e = t.entry();
      String name = withPaths ? t.path() : e.name();
      rows.add(new String[] {
        e.folder() ? "folder" : "file",
        e.folder() ? "-" : Output.humanSize(e.size()),
        e.id(),
        e.folder() ? name + "/" : name
      });
    }
    table(rows);
    if (items.isEmpty()) {
      out.println("(empty)");
    }
  }

  static Map<String, @Nullable Object> entryJson(ShareEntry e) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("id", e.id());
    m.put("name", e.name());
    m.put("kind", e.folder() ? "folder" : "file");
    m.put("size", e.size());
    m.put("modified_time", e.modifiedTime());
    m.put("mime_type", e.mimeType());
    return m;
  }

  /**
   * {@code share link}: {@code {"url","original_url","host","source","variant","expires_at"}} and extras; {@code url}
   * is after the CDN policy, {@code original_url} as the share gave it.
   */
  void link(ShareLinkChoice c, String url) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("url", url);
    m.put("original_url", c.url());
    m.put("host", host(url));
    m.put("source", c.source() == ShareLinkChoice.Source.MEDIA ? "media" : "original");
    m.put("variant", c.variant().orElse(null));
    m.put("expires_at", c.expiresAt().orElse(null));
    m.put("rendition", c.rendition().name().toLowerCase(Locale.ROOT));
    m.put("size", c.size().isPresent() ? c.size().getAsLong() : null);
    m.put("may_be_partial", c.mayBePartial());
    m.put("file_id", c.fileId());
    m.put("name", c.fileName());
    if (json) {
      out.println(Json.write(m));
      return;
    }
    out.println(TerminalText.safe(url));
    field("rendition", c.rendition().name().toLowerCase(Locale.ROOT)
        + c.variant().map(v -> " (" + v + ")").orElse(""));
    field("size", c.size().isPresent() ? c.size().getAsLong() + " bytes" : "unknown (transcode)");
    field("expires", c.expiresAt().map(Object::toString).orElse("-"));
    if (c.mayBePartial()) {
      out.println("note: shared video originals often play only 40-50 %; use --transcode, or"
          + " share save and download from your drive");
    }
  }

  /** {@code share save}: {@code {"task_id","file_ids"}}. */
  void saved(SaveResult r) {
    if (json) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      m.put("task_id", r.taskId());
      m.put("file_ids", r.fileIds());
      m.put("target_folder_id", r.targetFolderId());
      out.println(Json.write(m));
      return;
    }
    out.println("saving " + r.fileIds().size() + " item(s) into "
        + (r.targetFolderId() == null ? "Pack From Shared" : "folder " + r.targetFolderId()));
    field("task id", r.taskId());
  }

  /** {@code share create}: {@code {"share_id","share_url","pass_code"}}. */
  void created(CreatedShare c) {
    if (json) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      m.put("share_id", c.shareId());
      m.put("share_url", c.url());
      m.put("pass_code", c.passCode());
      out.println(Json.write(m));
      return;
    }
    out.println(TerminalText.safe(c.url()));
    field("share id", c.shareId());
    field("pass code", c.passCode() == null ? "none (public)" : c.passCode());
  }

  /** {@code share mine}: an array of the user's shares (pass codes are not printed). */
  void mine(List<MyShare> shares) {
    if (json) {
      List<Object> array = new ArrayList<>();
      for (MyShare s : shares) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        m.put("share_id", s.shareId());
        m.put("share_url", s.url());
        m.put("title", s.title());
        m.put("status", s.status().name());
        m.put("file_count", s.fileCount());
        m.put("has_pass_code", s.passCode() != null);
        m.put("expiration_days", s.expirationDays());
        m.put("view_count", s.viewCount());
        m.put("restore_count", s.restoreCount());
        m.put("create_time", s.createTime());
        array.add(m);
      }
      out.println(Json.write(array));
      return;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"STATUS", "ITEMS", "EXPIRES", "CODE", "ID", "TITLE"});
    for (MyShare s : shares) {
      rows.add(new String[] {
        s.status().name(),
        Long.toString(s.fileCount()),
        s.expirationDays() < 0 ? "never" : s.expirationDays() + "d",
        s.passCode() == null ? "-" : "yes",
        s.shareId(),
        s.title()
      });
    }
    table(rows);
    if (shares.isEmpty()) {
      out.println("(none)");
    }
  }

  /** {@code share rm}: {@code {"deleted":[ids]}}. */
  void deleted(IdsOutcome outcome) {
    if (json) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      m.put("deleted", outcome.done());
      m.put("not_done", outcome.notDone());
      out.println(Json.write(m));
    } else if (!outcome.done().isEmpty()) {
      out.println("deleted " + outcome.done().size() + " share(s)");
    }
    NotDoneException.throwIfAny("deleted", "unknown, or already deleted", outcome.notDone());
  }

  private static @Nullable String host(String url) {
    try {
      return URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void field(String label, @Nullable String value) {
    TextLayout.field(out, label, value);
  }

  private void table(List<String[]> rows) {
    TextLayout.print(out, TextLayout.table(rows).stream().map(String::stripTrailing).toList());
  }
}

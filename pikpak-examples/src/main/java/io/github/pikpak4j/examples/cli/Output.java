package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.core.account.LoginResult;
import io.github.pikpak4j.core.account.StorageQuota;
import io.github.pikpak4j.core.account.UserProfile;
import io.github.pikpak4j.core.files.FileEntry;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Prints command results on stdout, either for people (aligned text) or, with {@code --json}, as
 * one JSON document in the shapes of the CLI contract (sizes as numbers, times as RFC 3339).
 */
final class Output {
  private static final DateTimeFormatter TABLE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final PrintStream out;
  private final boolean json;

  /**
   * Creates the printer.
   *
   * @param out stdout
   * @param json whether to print JSON
   */
  Output(PrintStream out, boolean json) {
    this.out = out;
    this.json = json;
  }

  /** An entry of a listing with its path relative to the listed folder. */
  record Listed(String path, FileEntry entry) {}

  /** Prints one entry in full ({@code stat}). */
  void entry(FileEntry e) {
    if (json) {
      out.println(Json.write(entryJson(e)));
      return;
    }
    field("id", e.id());
    field("name", e.name());
    field("kind", e.kind().jsonName());
    field("size", e.isFolder() ? "-" : e.size() + " bytes (" + humanSize(e.size()) + ")");
    field("hash", e.hash());
    field("parent id", e.parentId());
    field("created", time(e.createdTime()));
    field("modified", time(e.modifiedTime()));
    field("mime type", e.mimeType());
    field("trashed", String.valueOf(e.trashed()));
    field("starred", String.valueOf(e.starred()));
  }

  /**
   * Prints a listing ({@code ls}): a JSON array of entries, or a table.
   *
   * @param items the entries, in order
   * @param withPaths whether to show paths relative to the listed folder (recursive listings)
   */
  void listing(List<Listed> items, boolean withPaths) {
    if (json) {
      List<Object> array = new ArrayList<>(items.size());
      for (Listed item : items) {
        Map<String, @Nullable Object> map = entryJson(item.entry());
        if (withPaths) {
          map.put("path", item.path());
        }
        array.add(map);
      }
      out.println(Json.write(array));
      return;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"KIND", "SIZE", "MODIFIED (UTC)", "ID", "NAME"});
    for (Listed item : items) {
      FileEntry e = item.entry();
      String name = withPaths ? item.path() : e.name();
      rows.add(new String[] {
        e.kind().jsonName(),
        e.isFolder() ? "-" : humanSize(e.size()),
        e.modifiedTime() == null ? "-" : TABLE_TIME.format(e.modifiedTime()),
        e.id(),
        e.isFolder() ? name + "/" : name
      });
    }
    TextLayout.printTable(out, rows, 1);
    if (items.isEmpty()) {
      out.println("(empty)");
    }
  }

  /** Prints the result of {@code login}. */
  void login(LoginResult r, String sessionFile) {
    if (json) {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      map.put("user_id", r.userId());
      map.put("device_id", r.deviceId());
      out.println(Json.write(map));
      return;
    }
    out.println("signed in as user " + r.userId());
    field("device id", r.deviceId());
    field("session", sessionFile);
  }

  /** Prints the profile of {@code whoami}. */
  void user(UserProfile u) {
    if (json) {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      map.put("user_id", u.userId());
      map.put("name", u.name());
      map.put("email", u.email());
      map.put("phone_number", u.phoneNumber());
      out.println(Json.write(map));
      return;
    }
    field("user id", u.userId());
    field("name", u.name());
    field("e-mail", u.email());
    field("phone", u.phoneNumber());
  }

  /** Prints the storage of {@code quota}. */
  void quota(StorageQuota q) {
    if (json) {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      map.put("limit", q.limit());
      map.put("usage", q.usage());
      map.put("usage_in_trash", q.usageInTrash());
      map.put("unlimited", q.unlimited());
      out.println(Json.write(map));
      return;
    }
    field("limit", q.unlimited() ? "unlimited" : q.limit() + " bytes (" + humanSize(q.limit()) + ")");
    field("usage", q.usage() + " bytes (" + humanSize(q.usage()) + ")");
    field("in trash", q.usageInTrash() + " bytes (" + humanSize(q.usageInTrash()) + ")");
  }

  /**
   * Returns the JSON object of an entry: the contract's fields, then a few extras.
   *
   * @param e the entry
   * @return a mutable, ordered map
   */
  static Map<String, @Nullable Object> entryJson(FileEntry e) {
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    map.put("id", e.id());
    map.put("name", e.name());
    map.put("kind", e.kind().jsonName());
    map.put("size", e.size());
    map.put("hash", e.hash());
    map.put("parent_id", e.parentId());
    map.put("modified_time", e.modifiedTime());
    map.put("created_time", e.createdTime());
    map.put("mime_type", e.mimeType());
    map.put("trashed", e.trashed());
    map.put("starred", e.starred());
    return map;
  }

  /**
   * Formats a byte count with binary units, e.g. {@code 1.5 MiB}.
   *
   * @param bytes a non-negative count
   * @return the short text
   */
  static String humanSize(long bytes) {
    return io.github.pikpak4j.core.files.Sizes.human(bytes);
  }

  private void field(String label, @Nullable String value) {
    TextLayout.field(out, label, value);
  }

  /** Returns whether this printer writes JSON. */
  boolean json() {
    return json;
  }

  /** Returns an instant as RFC 3339 text, or null. */
  private static @Nullable String time(@Nullable Instant instant) {
    return instant == null ? null : instant.toString();
  }
}

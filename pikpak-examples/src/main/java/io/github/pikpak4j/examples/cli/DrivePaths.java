package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.core.files.BatchResult;
import io.github.pikpak4j.core.files.EntryNames;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.PlacedEntry;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks drive path arguments of the drive-operation commands before any request (exit code 2) and prints their
 * results: entries with {@code requested_name} and {@code renamed} for placements, {@code {"task_id","ids"}} for
 * batch operations.
 */
final class DrivePaths {
  private DrivePaths() {}

  /** Returns whether the argument is an {@code id:<ID>} reference. */
  static boolean isId(String path) {
    return path.startsWith("id:");
  }

  /**
   * Returns the normalised names of an absolute path ({@code /a//b/} gives {@code [a, b]}).
   *
   * @throws InvalidInputException when the path is not absolute or holds {@code ..}
   */
  static List<String> names(String path) {
    if (!path.startsWith("/")) {
      throw new InvalidInputException(
          "a drive path must be absolute (start with /) or be an id reference id:<ID>, got: " + path);
    }
    List<String> names = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        throw new InvalidInputException("'..' is not supported in drive paths: " + path);
      }
      names.add(part);
    }
    return names;
  }

  /** Returns {@code /a/b} for {@code [a, b]}. */
  static String join(List<String> names) {
    return "/" + String.join("/", names);
  }

  /**
   * Checks a path that names an entry to change: not the root; every name valid.
   *
   * @throws InvalidInputException when it is the root or malformed
   */
  static void checkEntryPath(String path) {
    if (isId(path)) {
      if (path.length() == 3) {
        throw new InvalidInputException("an id reference must look like id:<ID>, got: " + path);
      }
      return;
    }
    List<String> names = names(path);
    if (names.isEmpty()) {
      throw new InvalidInputException("the root folder cannot be changed: " + path);
    }
    names.forEach(EntryNames::validate);
  }

  /**
   * Refuses moving or copying a path into itself or below itself, when both are paths.
   *
   * @throws InvalidInputException when {@code destination} is {@code source} or below it
   */
  static void checkNotInto(String source, String destination, String verb) {
    if (isId(source) || isId(destination)) {
      return;
    }
    String src = join(names(source));
    String dst = join(names(destination));
    if (dst.equals(src) || dst.startsWith(src + "/")) {
      throw new InvalidInputException("cannot " + verb + " " + src + " into itself: " + dst);
    }
  }

  /** Prints a placed entry (mkdir). */
  static void printPlaced(Output output, PrintStream out, PlacedEntry placed, String where) {
    if (output.json()) {
      out.println(Json.write(placedJson(placed)));
      return;
    }
    out.println(TerminalText.safe(where + " (" + placed.entry().id() + ")" + renamedNote(placed)));
  }

  /** Prints the placements of a move or copy; then fails with {@link NotDoneException} naming ids not moved. */
  static void printPlacements(Output output, PrintStream out, BatchResult result, String verb, String dir) {
    if (output.json()) {
      List<Object> array = new ArrayList<>();
      result.placed().forEach(p -> array.add(placedJson(p)));
      out.println(Json.write(array));
    } else {
      String prefix = dir.endsWith("/") ? dir : dir + "/";
      for (PlacedEntry p : result.placed()) {
        out.println(
            TerminalText.safe(verb + " " + p.requestedName() + " -> " + prefix + p.entry().name() + renamedNote(p)));
      }
    }
    NotDoneException.throwIfAny(verb, "missing, or not in the destination afterwards", result.notDone());
  }

  /**
   * Prints the outcome of a trash, untrash, delete or empty-trash: only the entries the batch acted on; then fails
   * with {@link NotDoneException} naming the others.
   *
   * @param why the likely reasons an entry was left alone, e.g. {@code "missing, or not in the trash"}
   */
  static void printBatch(
      Output output, PrintStream out, BatchResult result, List<FileEntry> entries, String done, String why) {
    Set<String> doneIds = new HashSet<>(result.done());
    List<FileEntry> acted = entries.stream().filter(e -> doneIds.contains(e.id())).toList();
    List<FileEntry> left = entries.stream().filter(e -> !doneIds.contains(e.id())).toList();
    if (output.json()) {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      map.put("task_id", result.status().id());
      map.put("phase", result.status().phase().name());
      map.put("ids", new ArrayList<Object>(acted.stream().map(FileEntry::id).distinct().toList()));
      map.put("not_done", new ArrayList<Object>(result.notDone()));
      out.println(Json.write(map));
    } else {
      for (FileEntry e : acted) {
        out.println(TerminalText.safe(done + " " + e.name() + " (" + e.id() + ")"));
      }
      if (entries.isEmpty()) {
        out.println(done);
      }
    }
    NotDoneException.throwIfAny(done, why, left.stream().map(e -> e.name() + " (" + e.id() + ")").distinct().toList());
  }

  private static Map<String, @Nullable Object> placedJson(PlacedEntry p) {
    Map<String, @Nullable Object> map = Output.entryJson(p.entry());
    map.put("requested_name", p.requestedName());
    map.put("renamed", p.renamed());
    return map;
  }

  private static String renamedNote(PlacedEntry p) {
    return p.renamed() ? "  [renamed by the server: '" + p.requestedName() + "' was taken]" : "";
  }
}

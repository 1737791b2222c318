package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.api.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A local directory tree as {@code put -r}, {@code copy}, {@code sync} and {@code check} see it: every directory and
 * regular file below a root, parents before children, with relative paths written with {@code /}. Symbolic links to
 * directories are not followed; the partial files of an interrupted download ({@code X.part} beside
 * {@code X.part.json}) are left out, so that a sync neither uploads nor deletes them.
 */
final class LocalTree {
  /**
   * One directory or file of the tree.
   *
   * @param relative the path below the root, names joined with {@code /}
   * @param path the local path
   * @param directory whether it is a directory
   * @param size the size in bytes (0 for directories)
   * @param modifiedMillis the modification time in milliseconds since the epoch
   */
  record Node(String relative, Path path, boolean directory, long size, long modifiedMillis) {
    /** Returns the names of the relative path. */
    List<String> names() {
      return List.of(relative.split("/"));
    }
  }

  private LocalTree() {}

  /**
   * Walks a directory.
   *
   * @param root an existing directory
   * @return its directories and files, parents first, sorted by path
   * @throws InvalidInputException when the root is not a directory
   */
  static List<Node> walk(Path root) {
    if (!Files.isDirectory(root)) {
      throw new InvalidInputException("not a directory: " + root);
    }
    List<Node> nodes = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.comparing(Path::toString))::iterator) {
        if (p.equals(root) || isPartial(p)) {
          continue;
        }
        String relative = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          nodes.add(new Node(relative, p, true, 0, 0));
        } else if (Files.isRegularFile(p)) {
          nodes.add(new Node(relative, p, false, Files.size(p), Files.getLastModifiedTime(p).toMillis()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + root + ": " + e.getMessage(), e);
    }
    return nodes;
  }

  private static boolean isPartial(Path p) {
    String name = p.getFileName().toString();
    if (name.endsWith(".part")) {
      return Files.exists(p.resolveSibling(name + ".json"));
    }
    return name.endsWith(".part.json") && Files.exists(p.resolveSibling(name.substring(0, name.length() - 5)));
  }
}

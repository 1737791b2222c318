package io.github.pikpak4j.examples.cli;

import io.github.pikpak4j.api.InvalidResponseException;
import io.github.pikpak4j.core.files.FileEntry;
import io.github.pikpak4j.core.files.Files;
import io.github.pikpak4j.core.transfer.LocalNames;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A drive folder's tree, listed once per folder (all pages), for {@code get -r}, {@code copy}, {@code sync} and
 * {@code check}.
 */
final class DriveTree {
  /**
   * One entry of the tree.
   *
   * @param names the drive names from the listed folder down to the entry
   * @param entry the entry
   */
  record Node(List<String> names, FileEntry entry) {
    /**
     * Returns the relative path this entry has on the local side: each name made safe by {@link LocalNames}, joined
     * with {@code /}. A name the server chose never decides more than its one component.
     */
    String localRelative() {
      List<String> safe = new ArrayList<>(names.size());
      names.forEach(n -> safe.add(LocalNames.component(n)));
      return String.join("/", safe);
    }

    /** Returns the drive path below the listed folder, names joined with {@code /} (for display). */
    String driveRelative() {
      return String.join("/", names);
    }
  }

  private DriveTree() {}

  /**
   * Lists a folder and every folder below it, depth first, parents before children. An entry whose name cannot be a
   * local name at all ({@code ..}, {@code .}, blank) is left out with what is below it, and reported.
   *
   * @param files the drive
   * @param folderId the folder
   * @param unusable receives the drive path (below the folder) of each entry left out
   * @return the entries
   */
  static List<Node> walk(Files files, String folderId, Consumer<String> unusable) {
    List<Node> nodes = new ArrayList<>();
    collect(files, folderId, List.of(), nodes, unusable);
    return nodes;
  }

  private static void collect(Files files, String folderId, List<String> prefix, List<Node> nodes,
      Consumer<String> unusable) {
    for (FileEntry e : files.listAll(folderId)) {
      List<String> names = new ArrayList<>(prefix);
      names.add(e.name());
      try {
        LocalNames.component(e.name());
      } catch (InvalidResponseException bad) {
        unusable.accept(String.join("/", names));
        continue;
      }
      nodes.add(new Node(List.copyOf(names), e));
      if (e.isFolder()) {
        collect(files, e.id(), names, nodes, unusable);
      }
    }
  }
}

package io.github.pikpak4j.core.files;

/**
 * An entry that a create, copy or move put into a folder, with the name that was asked for: PikPak
 * resolves a name collision by renaming ({@code name(1)}), and this reports it instead of hiding it.
 *
 * <pre>{@code
 * PlacedEntry made = client.files().createFolder("", "Docs");
 * if (made.renamed()) {
 *   System.out.println("Docs was taken; created " + made.entry().name());
 * }
 * }</pre>
 *
 * @param entry the entry as the server reported it after the operation (its final name)
 * @param requestedName the name that was asked for (for a copy or move, the source's name as far as
 *     it can be told, see {@link Files#copy})
 */
public record PlacedEntry(FileEntry entry, String requestedName) {

  /**
   * Returns whether the server gave the entry another name than the one asked for.
   *
   * @return {@code true} when {@code entry().name()} differs from {@link #requestedName()}
   */
  public boolean renamed() {
    return !entry.name().equals(requestedName);
  }
}

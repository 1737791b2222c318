package io.github.pikpak4j.server.internal;

import java.time.Instant;
import java.util.Iterator;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a mount's source (a drive entry or a share entry).
 *
 * @param id the id in its source
 * @param name the name
 * @param folder whether it is a folder
 * @param size the size in bytes (0 for folders)
 * @param modified when modified, when known
 * @param mimeType the MIME type, when known
 */
record Node(String id, String name, boolean folder, long size, @Nullable Instant modified, @Nullable String mimeType) {
  /** Maps a source's lazy listing to nodes, still lazily. */
  static <T> Iterator<Node> mapped(Iterator<T> entries, Function<T, Node> toNode) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return entries.hasNext();
      }

      @Override
      public Node next() {
        return toNode.apply(entries.next());
      }
    };
  }
}

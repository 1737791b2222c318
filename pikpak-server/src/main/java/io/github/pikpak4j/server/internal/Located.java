package io.github.pikpak4j.server.internal;

import org.jspecify.annotations.Nullable;

/**
 * A served path and what it is: an entry of a mount, or a virtual folder that only holds mounts.
 *
 * @param path the normalized served path ({@code /} or {@code /a/b})
 * @param mount the mount it lies in, or {@code null} for a virtual folder
 * @param node the entry, or {@code null} for a virtual folder
 * @param parentId the id of the entry's parent folder in its source ({@code null} for a mount root or virtual)
 */
record Located(String path, @Nullable MountPoint mount, @Nullable Node node, @Nullable String parentId) {
  boolean folder() {
    return node == null || node.folder();
  }

  String name() {
    int slash = path.lastIndexOf('/');
    return path.substring(slash + 1);
  }
}

package io.github.pikpak4j.server.internal;

import io.github.pikpak4j.server.Mount;

/**
 * A mount with its source.
 *
 * @param mount the mount as configured
 * @param source where its entries come from
 * @param writable whether writes are allowed (a drive mount, not read-only, server not read-only)
 */
record MountPoint(Mount mount, Source source, boolean writable) {
  String prefix() {
    return mount.prefix();
  }

  /** The path below this mount's prefix ({@code ""} for the mount root). */
  String relative(String path) {
    return mount.prefix().equals("/") ? (path.equals("/") ? "" : path.substring(1))
        : path.length() == mount.prefix().length() ? "" : path.substring(mount.prefix().length() + 1);
  }
}

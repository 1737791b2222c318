package io.github.pikpak4j.share;

/**
 * An entry found by {@link Share#walk(String, int, int)}.
 *
 * @param path the slash-separated path below the walked folder, for example {@code "Season
 *     1/e01.mkv"}
 * @param depth {@code 1} for the walked folder's children, {@code 2} for theirs, and so on
 * @param entry the entry
 */
public record ShareTreeEntry(String path, int depth, ShareEntry entry) {}

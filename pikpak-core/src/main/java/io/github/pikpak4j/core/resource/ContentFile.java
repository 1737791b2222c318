package io.github.pikpak4j.core.resource;

/**
 * One file inside a magnet's or URL's content.
 *
 * @param index the file's index inside the torrent ({@code file_index})
 * @param path the file's path below the content's top folder, {@code /}-separated, as sent (sanitise before printing)
 * @param size the size in bytes
 */
public record ContentFile(int index, String path, long size) {}

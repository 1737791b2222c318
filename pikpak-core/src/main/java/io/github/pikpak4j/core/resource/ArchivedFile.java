package io.github.pikpak4j.core.resource;

/**
 * One entry of an archive in the drive.
 *
 * @param index the entry's index in the archive
 * @param path the entry's path inside the archive (its name when the server sends no path), as sent
 * @param size the size in bytes
 * @param folder whether the entry is a folder
 */
public record ArchivedFile(int index, String path, long size, boolean folder) {}

package io.github.pikpak4j.api.model;

/**
 * Body of {@code PATCH /drive/v1/files/{id}} renaming an entry (protocol §5.6):
 * {@code {"name":"<new>"}}.
 *
 * @param name the new name
 */
public record RenameRequest(String name) {}

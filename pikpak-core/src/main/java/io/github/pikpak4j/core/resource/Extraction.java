package io.github.pikpak4j.core.resource;

/**
 * An accepted archive extraction: PikPak extracts the archive next to itself, in the background.
 *
 * @param taskId the extraction's id ({@code task_id}), {@code ""} when absent
 * @param files the number of files in the archive
 */
public record Extraction(String taskId, int files) {}

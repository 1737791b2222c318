package io.github.pikpak4j.core.account;

/**
 * The drive's storage quota, in bytes.
 *
 * @param limit the storage limit in bytes
 * @param usage the bytes used, trash included
 * @param usageInTrash the bytes used by the trash
 * @param unlimited whether the account has no storage limit (then {@code limit} is not meaningful)
 */
public record StorageQuota(long limit, long usage, long usageInTrash, boolean unlimited) {}

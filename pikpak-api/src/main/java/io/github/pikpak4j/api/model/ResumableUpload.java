package io.github.pikpak4j.api.model;

import org.jspecify.annotations.Nullable;

/**
 * The {@code resumable} object of an upload create answer (protocol §7.2).
 *
 * @param kind {@code drive#resumable}, or {@code null}
 * @param provider the storage provider, for example {@code PROVIDER_ALIYUN}, or {@code null}
 * @param params the OSS parameters and STS credentials, or {@code null}
 */
public record ResumableUpload(
    @Nullable String kind, @Nullable String provider, @Nullable OssParams params) {}

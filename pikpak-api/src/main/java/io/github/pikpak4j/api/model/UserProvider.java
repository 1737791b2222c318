package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * A third-party login linked to the account (an entry of {@code providers[]} in {@link UserInfo}).
 *
 * @param id the provider's id (for example {@code "google.com"}), or {@code null}
 * @param providerUserId the user's id at the provider, or {@code null}
 * @param name the provider's display name, or {@code null}
 */
public record UserProvider(
    @Nullable String id,
    @Json(name = "provider_user_id") @Nullable String providerUserId,
    @Nullable String name) {}

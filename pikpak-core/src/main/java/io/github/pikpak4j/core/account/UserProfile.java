package io.github.pikpak4j.core.account;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in user, as the server reports it.
 *
 * @param userId the user id (the token's {@code sub})
 * @param name the display name, when set
 * @param email the e-mail address, when bound
 * @param phoneNumber the phone number, when bound
 */
public record UserProfile(
    String userId, @Nullable String name, @Nullable String email, @Nullable String phoneNumber) {}

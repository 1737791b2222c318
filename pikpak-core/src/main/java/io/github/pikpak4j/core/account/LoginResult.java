package io.github.pikpak4j.core.account;

/**
 * The outcome of {@code PikPakClient.login()}.
 *
 * @param userId the signed-in user's id
 * @param deviceId the device id the session is bound to (32 lower-case hex characters)
 */
public record LoginResult(String userId, String deviceId) {}

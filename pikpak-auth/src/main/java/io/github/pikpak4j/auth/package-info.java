/**
 * Authentication for PikPak: client profiles, device ids, captcha signing and tokens, sign-in, token refresh,
 * sessions and their stores, and the OkHttp interceptor that attaches credentials and recovers from expired
 * captcha and access tokens. The entry point is {@link io.github.pikpak4j.auth.PikPakAuth}. Everything in this
 * package is non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package io.github.pikpak4j.auth;

import org.jspecify.annotations.NullMarked;

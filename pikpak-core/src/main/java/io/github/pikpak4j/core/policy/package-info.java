/**
 * The client-wide call policies: {@link io.github.pikpak4j.core.policy.RetryPolicy} (what is retried, how often, how
 * long to wait) and {@link io.github.pikpak4j.core.policy.RateLimit} (a token bucket on API calls), plus the
 * {@link io.github.pikpak4j.core.policy.Sleeper} they wait with, replaceable in tests.
 */
@NullMarked
package io.github.pikpak4j.core.policy;

import org.jspecify.annotations.NullMarked;

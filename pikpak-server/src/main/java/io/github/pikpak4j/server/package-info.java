/**
 * {@code pikpak serve} as a library: an account and any number of shares mounted into one tree and served over HTTP
 * and WebDAV, by redirect or by proxy. Start with {@link io.github.pikpak4j.server.PikPakServer#builder}.
 */
@NullMarked
package io.github.pikpak4j.server;

import org.jspecify.annotations.NullMarked;

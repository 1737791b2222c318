/** The server's internals: the mounted tree, WebDAV resources (Milton), file answers, caches. Not public API. */
@NullMarked
package io.github.pikpak4j.server.internal;

import org.jspecify.annotations.NullMarked;

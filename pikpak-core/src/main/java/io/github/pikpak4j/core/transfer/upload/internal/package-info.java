/**
 * Internal implementation of uploads (OSS V1 signing, part plans, the transfer engine). Not an API:
 * it may change in any release.
 */
@NullMarked
package io.github.pikpak4j.core.transfer.upload.internal;

import org.jspecify.annotations.NullMarked;

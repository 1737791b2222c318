/**
 * Uploads: GCID hashing, instant (hash-only) upload, and resumable OSS transfer (single PUT or
 * multipart) with saved sessions; entry point {@link io.github.pikpak4j.core.transfer.upload.Uploads}.
 */
@NullMarked
package io.github.pikpak4j.core.transfer.upload;

import org.jspecify.annotations.NullMarked;

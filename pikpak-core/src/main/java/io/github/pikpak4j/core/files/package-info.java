/** The drive: listing, looking up and resolving paths ({@link io.github.pikpak4j.core.files.Files}). */
@NullMarked
package io.github.pikpak4j.core.files;

import org.jspecify.annotations.NullMarked;

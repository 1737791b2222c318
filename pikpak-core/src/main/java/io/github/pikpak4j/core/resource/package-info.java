/**
 * Content lookups: the GCID PikPak holds for a cid, what a magnet or URL contains before an offline task, archive
 * listing and extraction, instant creation from a known GCID, and search by name ({@link
 * io.github.pikpak4j.core.resource.Resources}).
 */
@NullMarked
package io.github.pikpak4j.core.resource;

import org.jspecify.annotations.NullMarked;

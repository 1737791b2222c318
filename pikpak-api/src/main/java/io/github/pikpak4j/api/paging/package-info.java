/**
 * Paging shared by every listing of the SDK: a {@link io.github.pikpak4j.api.paging.Page} holds one page and the raw
 * token of the next one (resumable later), and {@link io.github.pikpak4j.api.paging.AutoPager} walks all pages lazily,
 * holding one page at a time.
 */
@NullMarked
package io.github.pikpak4j.api.paging;

import org.jspecify.annotations.NullMarked;

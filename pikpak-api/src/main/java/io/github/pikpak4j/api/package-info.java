/**
 * The raw HTTP contract of PikPak, for users who want it below the {@code PikPakClient} facade: the Retrofit
 * interfaces ({@link io.github.pikpak4j.api.UserApi}, {@link io.github.pikpak4j.api.DriveApi}, {@link
 * io.github.pikpak4j.api.ShareApi}, {@link io.github.pikpak4j.api.TaskApi}, {@link io.github.pikpak4j.api.UploadApi})
 * built by {@link io.github.pikpak4j.api.PikPakApis}, the domain presets ({@link io.github.pikpak4j.api.PikPakDomain}),
 * and the exception tree every pikpak4j call throws: {@link io.github.pikpak4j.api.PikPakException} and its
 * subclasses, decoded in one place ({@link io.github.pikpak4j.api.ErrorDecoder}) from PikPak's error envelope, on 2xx
 * bodies too.
 *
 * <p>These interfaces show Retrofit and OkHttp types; the facade's packages never do. Everything in this package is
 * non-null unless annotated {@code @Nullable}.
 */
@NullMarked
package io.github.pikpak4j.api;

import org.jspecify.annotations.NullMarked;

package io.github.pikpak4j.api.model;

import com.squareup.moshi.Json;
import org.jspecify.annotations.Nullable;

/**
 * Video properties of a playback rendition ({@code medias[].video}, protocol §5.1).
 *
 * @param height height in pixels, {@code 0} when unknown
 * @param width width in pixels, {@code 0} when unknown
 * @param duration duration in seconds, {@code 0} when unknown
 * @param bitRate bit rate in bits per second, {@code 0} when unknown
 * @param frameRate frames per second, {@code 0} when unknown
 * @param videoCodec the video codec, or {@code null}
 * @param audioCodec the audio codec, or {@code null}
 * @param videoType the container type, or {@code null}
 */
public record VideoInfo(
    long height,
    long width,
    long duration,
    @Json(name = "bit_rate") long bitRate,
    @Json(name = "frame_rate") long frameRate,
    @Json(name = "video_codec") @Nullable String videoCodec,
    @Json(name = "audio_codec") @Nullable String audioCodec,
    @Json(name = "video_type") @Nullable String videoType) {}

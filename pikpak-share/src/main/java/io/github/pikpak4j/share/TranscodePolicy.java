package io.github.pikpak4j.share;

import io.github.pikpak4j.api.InvalidInputException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which rendition of a shared file to link to (protocol §9.4).
 *
 * <pre>{@code
 * share.link(fileId, TranscodePolicy.ORIGINAL);            // the original bytes, where allowed
 * share.link(fileId, TranscodePolicy.TRANSCODED);          // the full transcode (plays to the end)
 * share.link(fileId, TranscodePolicy.resolution("720P"));  // that rendition, or fail
 * }</pre>
 *
 * <ul>
 *   <li>{@link #ORIGINAL}: {@code web_content_link} when the share gives one (non-video files),
 *       else the rendition marked {@code is_origin}. Beware: <b>shared video originals often
 *       stream only 40 to 50 % of the file</b> (PikPak cuts them off); for the full original bytes,
 *       save the share into your drive and download from there.
 *   <li>{@link #TRANSCODED}: the first transcoded rendition (not {@code is_origin}) in server
 *       order, which is what AList's "use transcoding address" picks ({@code medias[1]} when the
 *       original is {@code medias[0]}). It plays to the end, in another size than the original.
 *       When the file has no transcode (not a video), the original is chosen and the result says
 *       so.
 *   <li>{@link #resolution(String)}: the rendition whose {@code resolution_name} matches (for
 *       example {@code 1080P}, {@code 720P}, {@code 480P}; case-insensitive); no fallback.
 * </ul>
 */
public final class TranscodePolicy {
  /** The original bytes where the share allows them (see the class comment for the caveat). */
  public static final TranscodePolicy ORIGINAL = new TranscodePolicy(Kind.ORIGINAL, null);

  /** The full transcoded rendition (AList's "use transcoding address"). */
  public static final TranscodePolicy TRANSCODED = new TranscodePolicy(Kind.TRANSCODED, null);

  /** The kinds of policy. */
  public enum Kind {
    /** See {@link TranscodePolicy#ORIGINAL}. */
    ORIGINAL,
    /** See {@link TranscodePolicy#TRANSCODED}. */
    TRANSCODED,
    /** See {@link TranscodePolicy#resolution(String)}. */
    RESOLUTION
  }

  private final Kind kind;
  private final @Nullable String resolution;

  private TranscodePolicy(Kind kind, @Nullable String resolution) {
    this.kind = kind;
    this.resolution = resolution;
  }

  /**
   * A preferred resolution.
   *
   * @param name the {@code resolution_name}, for example {@code "720P"} (case-insensitive)
   * @return the policy
   * @throws InvalidInputException if the name is blank
   */
  public static TranscodePolicy resolution(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new InvalidInputException("the resolution name must not be blank (e.g. 720P)");
    }
    return new TranscodePolicy(Kind.RESOLUTION, name.strip().toUpperCase(Locale.ROOT));
  }

  /**
   * Returns the kind.
   *
   * @return the kind of this policy
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the wanted resolution name of a {@link Kind#RESOLUTION} policy.
   *
   * @return the upper-case name, or empty for the other kinds
   */
  public Optional<String> resolutionName() {
    return Optional.ofNullable(resolution);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TranscodePolicy
        && ((TranscodePolicy) o).kind == kind
        && Objects.equals(((TranscodePolicy) o).resolution, resolution);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, resolution);
  }

  @Override
  public String toString() {
    return resolution == null ? kind.name() : "RESOLUTION(" + resolution + ")";
  }
}

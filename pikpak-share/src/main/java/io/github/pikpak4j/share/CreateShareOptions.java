package io.github.pikpak4j.share;

import io.github.pikpak4j.api.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A new share of the user's own files.
 *
 * <pre>{@code
 * shares.create(CreateShareOptions.builder(fileId).build());                       // public, never expires
 * shares.create(CreateShareOptions.builder(a, b).randomPassCode().expiresInDays(7).build());
 * shares.create(CreateShareOptions.builder(a).passCode("k3y9").build());
 * }</pre>
 *
 * <p>Defaults: public (no pass code), never expires ({@code expiration_days = -1}). {@code
 * toString()} never shows the pass code.
 */
public final class CreateShareOptions {
  /** The accepted custom pass code: 4 to 10 letters or digits, as the web client offers. */
  public static final Pattern PASS_CODE = Pattern.compile("[A-Za-z0-9]{4,10}");

  /** How the share is protected. */
  public enum Protection {
    /** Public: anyone with the link can read it. */
    PUBLIC,
    /** A pass code chosen by the server. */
    RANDOM_PASS_CODE,
    /** The caller's pass code. */
    CUSTOM_PASS_CODE
  }

  private final List<String> fileIds;
  private final Protection protection;
  private final @Nullable String passCode;
  private final int expirationDays;

  private CreateShareOptions(Builder b) {
    this.fileIds = List.copyOf(b.fileIds);
    this.protection = b.protection;
    this.passCode = b.passCode;
    this.expirationDays = b.expirationDays;
  }

  /**
   * Returns a builder for a share of the given files or folders.
   *
   * @param fileIds ids in the user's drive (at least one)
   * @return a new builder
   * @throws InvalidInputException when no id is given or one is blank
   */
  public static Builder builder(String... fileIds) {
    return builder(List.of(fileIds));
  }

  /**
   * Returns a builder for a share of the given files or folders.
   *
   * @param fileIds ids in the user's drive (at least one)
   * @return a new builder
   * @throws InvalidInputException when no id is given or one is blank
   */
  public static Builder builder(Collection<String> fileIds) {
    return new Builder(fileIds);
  }

  /**
   * Returns the shared ids.
   *
   * @return the ids, never empty
   */
  public List<String> fileIds() {
    return fileIds;
  }

  /**
   * Returns the protection.
   *
   * @return the protection, {@link Protection#PUBLIC} by default
   */
  public Protection protection() {
    return protection;
  }

  /**
   * Returns the custom pass code.
   *
   * @return the code of {@link Protection#CUSTOM_PASS_CODE}, else empty
   */
  public Optional<String> passCode() {
    return Optional.ofNullable(passCode);
  }

  /**
   * Returns the validity in days.
   *
   * @return the days, or empty for never (the default)
   */
  public OptionalInt expirationDays() {
    return expirationDays < 0 ? OptionalInt.empty() : OptionalInt.of(expirationDays);
  }

  int wireExpirationDays() {
    return expirationDays;
  }

  @Override
  public String toString() {
    return "CreateShareOptions[fileIds=" + fileIds + ", protection=" + protection
        + ", expirationDays=" + (expirationDays < 0 ? "never" : expirationDays) + "]";
  }

  /** Builds {@link CreateShareOptions}. */
  public static final class Builder {
    private final List<String> fileIds = new ArrayList<>();
    private Protection protection = Protection.PUBLIC;
    private @Nullable String passCode;
    private int expirationDays = -1;

    private Builder(Collection<String> ids) {
      for (String id : ids) {
        if (Objects.requireNonNull(id, "id").isBlank()) {
          throw new InvalidInputException("a file id to share must not be blank");
        }
        fileIds.add(id.strip());
      }
      if (fileIds.isEmpty()) {
        throw new InvalidInputException("a share needs at least one file or folder");
      }
    }

    /**
     * Makes the share public (the default).
     *
     * @return this builder
     */
    public Builder publicLink() {
      protection = Protection.PUBLIC;
      passCode = null;
      return this;
    }

    /**
     * Protects the share with a pass code chosen by the server (returned by {@code create}).
     *
     * @return this builder
     */
    public Builder randomPassCode() {
      protection = Protection.RANDOM_PASS_CODE;
      passCode = null;
      return this;
    }

    /**
     * Protects the share with the caller's pass code.
     *
     * @param code 4 to 10 letters or digits
     * @return this builder
     * @throws InvalidInputException when the code has another form (the message never repeats it)
     */
    public Builder passCode(String code) {
      if (!PASS_CODE.matcher(Objects.requireNonNull(code, "code")).matches()) {
        throw new InvalidInputException("a share pass code must be 4 to 10 letters or digits");
      }
      protection = Protection.CUSTOM_PASS_CODE;
      passCode = code;
      return this;
    }

    /**
     * Makes the share expire after the given number of days. Default: never.
     *
     * @param days 1 to 3650 (the web client offers 1, 7, 14 and 30)
     * @return this builder
     * @throws InvalidInputException when out of range
     */
    public Builder expiresInDays(int days) {
      if (days < 1 || days > 3650) {
        throw new InvalidInputException("a share's validity must be 1 to 3650 days (or never)");
      }
      expirationDays = days;
      return this;
    }

    /**
     * Makes the share never expire (the default).
     *
     * @return this builder
     */
    public Builder neverExpires() {
      expirationDays = -1;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public CreateShareOptions build() {
      return new CreateShareOptions(this);
    }
  }
}

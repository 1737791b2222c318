package io.github.pikpak4j.offline;

import io.github.pikpak4j.api.InvalidInputException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Optional settings of {@link OfflineTasks#add(OfflineUrl, AddOptions)}.
 *
 * <pre>{@code
 * AddOptions o = AddOptions.builder().name("ubuntu.iso").folderId(folderId).build();
 * }</pre>
 */
public final class AddOptions {
  private static final AddOptions DEFAULTS = new AddOptions(builder());

  private final String name;
  private final @Nullable String folderId;

  private AddOptions(Builder b) {
    this.name = b.name;
    this.folderId = b.folderId;
  }

  /**
   * Returns the defaults: the server's name, PikPak's default download folder ("My Pack").
   *
   * @return the default options
   */
  public static AddOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the custom name.
   *
   * @return the name, or {@code ""} to keep the name the server chooses (the default)
   */
  public String name() {
    return name;
  }

  /**
   * Returns the target folder.
   *
   * @return the folder id, or empty for PikPak's default download folder (the default)
   */
  public Optional<String> folderId() {
    return Optional.ofNullable(folderId);
  }

  @Override
  public String toString() {
    return "AddOptions{name=" + name + ", folderId=" + folderId + "}";
  }

  /** Builds {@link AddOptions}. */
  public static final class Builder {
    private String name = "";
    private @Nullable String folderId;

    private Builder() {}

    /**
     * Sets a custom name for the result. Default {@code ""}: the server's name.
     *
     * @param name the name, without {@code /}
     * @return this builder
     * @throws InvalidInputException if the name contains {@code /} or control characters
     */
    public Builder name(String name) {
      String n = name.strip();
      for (int i = 0; i < n.length(); i++) {
        char c = n.charAt(i);
        if (c == '/' || Character.isISOControl(c)) {
          throw new InvalidInputException("a task name must not contain '/' or control characters");
        }
      }
      this.name = n;
      return this;
    }

    /**
     * Sets the folder the result goes to. Default none: PikPak's default download folder, "My
     * Pack". The drive's root is {@code ""}.
     *
     * @param folderId the folder id, or {@code null} for the default
     * @return this builder
     */
    public Builder folderId(@Nullable String folderId) {
      this.folderId = folderId;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public AddOptions build() {
      return new AddOptions(this);
    }
  }
}

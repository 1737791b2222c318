package io.github.pikpak4j.share;

import io.github.pikpak4j.api.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What to save (restore) from a share into the user's drive, and where.
 *
 * <pre>{@code
 * share.save(SaveOptions.all());                                 // everything, into "Pack From Shared"
 * share.save(SaveOptions.builder().fileIds(id1, id2).targetFolder(myFolderId).build());
 * }</pre>
 *
 * <p>Defaults: every item of the link's folder (the share's top level, or the sub-folder the link
 * points into), saved into PikPak's default folder "Pack From Shared".
 */
public final class SaveOptions {
  private final List<String> fileIds;
  private final @Nullable String sourceFolderId;
  private final @Nullable String targetFolderId;

  private SaveOptions(Builder b) {
    this.fileIds = List.copyOf(b.fileIds);
    this.sourceFolderId = b.sourceFolderId;
    this.targetFolderId = b.targetFolderId;
  }

  /**
   * Saves everything of the link's folder into "Pack From Shared".
   *
   * @return the default options
   */
  public static SaveOptions all() {
    return builder().build();
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
   * Returns the chosen shared ids.
   *
   * @return the ids; empty means every item of the source folder
   */
  public List<String> fileIds() {
    return fileIds;
  }

  /**
   * Returns the shared folder the chosen items sit in.
   *
   * @return the folder id ({@code ""} for the top level), or empty for the link's folder
   */
  public Optional<String> sourceFolderId() {
    return Optional.ofNullable(sourceFolderId);
  }

  /**
   * Returns the target folder of the user's drive.
   *
   * @return the folder id ({@code ""} for the drive's root), or empty for "Pack From Shared"
   */
  public Optional<String> targetFolderId() {
    return Optional.ofNullable(targetFolderId);
  }

  /** Builds {@link SaveOptions}. */
  public static final class Builder {
    private final List<String> fileIds = new ArrayList<>();
    private @Nullable String sourceFolderId;
    private @Nullable String targetFolderId;

    private Builder() {}

    /**
     * Chooses items to save (added to those already chosen). Default: none chosen, meaning all.
     *
     * @param ids shared ids
     * @return this builder
     * @throws InvalidInputException for a blank id
     */
    public Builder fileIds(String... ids) {
      return fileIds(List.of(ids));
    }

    /**
     * Chooses items to save (added to those already chosen).
     *
     * @param ids shared ids
     * @return this builder
     * @throws InvalidInputException for a blank id
     */
    public Builder fileIds(Collection<String> ids) {
      for (String id : ids) {
        if (Objects.requireNonNull(id, "id").isBlank()) {
          throw new InvalidInputException("a shared file id must not be blank");
        }
        fileIds.add(id.strip());
      }
      return this;
    }

    /**
     * Sets the shared folder the chosen items sit in, when it is not the link's folder. The SDK
     * finds the folders above it (the {@code ancestor_ids} the server wants).
     *
     * @param folderId the folder id inside the share, {@code ""} for the top level
     * @return this builder
     */
    public Builder sourceFolder(String folderId) {
      this.sourceFolderId = Objects.requireNonNull(folderId, "folderId").strip();
      return this;
    }

    /**
     * Sets the target folder of the user's drive. Default: PikPak's "Pack From Shared".
     *
     * @param folderId the folder id, {@code ""} for the drive's root
     * @return this builder
     */
    public Builder targetFolder(String folderId) {
      this.targetFolderId = Objects.requireNonNull(folderId, "folderId").strip();
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public SaveOptions build() {
      return new SaveOptions(this);
    }
  }
}

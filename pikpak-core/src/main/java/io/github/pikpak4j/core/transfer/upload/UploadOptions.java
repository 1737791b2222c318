package io.github.pikpak4j.core.transfer.upload;

import io.github.pikpak4j.core.transfer.Cancellation;
import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.core.hash.GcidBlockRule;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of one upload; immutable, built with {@link #builder()}.
 *
 * <pre>{@code
 * UploadOptions o = UploadOptions.builder()
 *     .name("renamed.bin")
 *     .concurrency(8)
 *     .sessionFile(Path.of("/tmp/renamed.upload.json"))
 *     .build();
 * }</pre>
 */
public final class UploadOptions {
  /** The default part size, 8 MiB (raised automatically to stay within 10,000 parts). */
  public static final long DEFAULT_PART_SIZE = 8L << 20;

  /** The smallest part size OSS accepts (except for the last part), 100 KiB. */
  public static final long MIN_PART_SIZE = 100L << 10;

  /** The largest part size OSS accepts, 5 GiB. */
  public static final long MAX_PART_SIZE = 5L << 30;

  /** The default size up to which one PUT is used instead of a multipart upload, 10 MiB. */
  public static final long DEFAULT_SIMPLE_UPLOAD_THRESHOLD = 10L << 20;

  /** The default number of parts in flight, 4. */
  public static final int DEFAULT_CONCURRENCY = 4;

  private static final UploadOptions DEFAULTS = builder().build();

  private final @Nullable String name;
  private final @Nullable String gcid;
  private final GcidBlockRule gcidRule;
  private final int hashThreads;
  private final long partSize;
  private final int concurrency;
  private final long simpleUploadThreshold;
  private final @Nullable Path sessionFile;
  private final UploadListener listener;
  private final @Nullable Cancellation cancellation;
  private final boolean replaceUnfinished;

  private UploadOptions(Builder b) {
    this.name = b.name;
    this.gcid = b.gcid;
    this.gcidRule = b.gcidRule;
    this.hashThreads = b.hashThreads;
    this.partSize = b.partSize;
    this.concurrency = b.concurrency;
    this.simpleUploadThreshold = b.simpleUploadThreshold;
    this.sessionFile = b.sessionFile;
    this.listener = b.listener;
    this.cancellation = b.cancellation;
    this.replaceUnfinished = b.replaceUnfinished;
  }

  /**
   * Returns the options with every default.
   *
   * @return the default options
   */
  public static UploadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the name to store the file under.
   *
   * @return the name, or {@code null} for the local file's name (the default)
   */
  public @Nullable String name() {
    return name;
  }

  /**
   * Returns a GCID the caller computed already, so the file is not hashed again.
   *
   * @return the GCID, or {@code null} to compute it (the default)
   */
  public @Nullable String gcid() {
    return gcid;
  }

  /**
   * Returns the GCID block-size convention.
   *
   * @return the rule; default {@link GcidBlockRule#DOUBLING}
   */
  public GcidBlockRule gcidRule() {
    return gcidRule;
  }

  /**
   * Returns how many threads hash the file.
   *
   * @return the thread count; default the number of available processors
   */
  public int hashThreads() {
    return hashThreads;
  }

  /**
   * Returns the requested part size of multipart uploads.
   *
   * @return bytes per part; default 8 MiB, raised when the file would need more than 10,000 parts
   */
  public long partSize() {
    return partSize;
  }

  /**
   * Returns how many parts are sent at once.
   *
   * @return the number of parts in flight; default 4
   */
  public int concurrency() {
    return concurrency;
  }

  /**
   * Returns the largest file sent with one PUT.
   *
   * @return bytes; default 10 MiB
   */
  public long simpleUploadThreshold() {
    return simpleUploadThreshold;
  }

  /**
   * Returns where the session is saved while the upload runs (deleted when it succeeds).
   *
   * @return the file, or {@code null} to keep the session in memory only (the default; it is
   *     still available from {@link UploadException#session()})
   */
  public @Nullable Path sessionFile() {
    return sessionFile;
  }

  /**
   * Returns the progress listener.
   *
   * @return the listener; default {@link UploadListener#NONE}
   */
  public UploadListener progress() {
    return listener;
  }

  /**
   * Returns the cancellation token.
   *
   * @return the token, or {@code null} when the upload can only be stopped by interrupting it
   */
  public @Nullable Cancellation cancellation() {
    return cancellation;
  }

  /**
   * Returns whether unfinished entries of the same content are removed before the upload is created.
   *
   * @return {@code true} to remove them; default {@code false}
   * @see Builder#replaceUnfinished(boolean)
   */
  public boolean replaceUnfinished() {
    return replaceUnfinished;
  }

  /**
   * Returns a builder holding these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.gcid = gcid;
    b.gcidRule = gcidRule;
    b.hashThreads = hashThreads;
    b.partSize = partSize;
    b.concurrency = concurrency;
    b.simpleUploadThreshold = simpleUploadThreshold;
    b.sessionFile = sessionFile;
    b.listener = listener;
    b.cancellation = cancellation;
    b.replaceUnfinished = replaceUnfinished;
    return b;
  }

  @Override
  public String toString() {
    return "UploadOptions{name=" + name + ", partSize=" + partSize + ", concurrency=" + concurrency
        + ", simpleUploadThreshold=" + simpleUploadThreshold + ", sessionFile=" + sessionFile + "}";
  }

  /** Builds {@link UploadOptions}; {@link #build()} validates every value. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable String gcid;
    private GcidBlockRule gcidRule = GcidBlockRule.DOUBLING;
    private int hashThreads = Runtime.getRuntime().availableProcessors();
    private long partSize = DEFAULT_PART_SIZE;
    private int concurrency = DEFAULT_CONCURRENCY;
    private long simpleUploadThreshold = DEFAULT_SIMPLE_UPLOAD_THRESHOLD;
    private @Nullable Path sessionFile;
    private UploadListener listener = UploadListener.NONE;
    private @Nullable Cancellation cancellation;
    private boolean replaceUnfinished;

    private Builder() {}

    /**
     * Sets the name to store the file under. Default the local file's name.
     *
     * @param name a non-empty name without {@code /}, or {@code null} for the default
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Supplies the file's GCID, computed earlier, so the file is not hashed. The server does not
     * verify it and keeps a wrong one: pass only a GCID computed over these exact bytes. Default
     * none (computed).
     *
     * @param gcid 40 hexadecimal characters, or {@code null}
     * @return this builder
     */
    public Builder gcid(@Nullable String gcid) {
      this.gcid = gcid;
      return this;
    }

    /**
     * Sets the GCID block-size convention. Default {@link GcidBlockRule#DOUBLING}.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder gcidRule(GcidBlockRule rule) {
      this.gcidRule = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Sets how many threads hash the file. Default the number of available processors.
     *
     * @param threads 1 to 64
     * @return this builder
     */
    public Builder hashThreads(int threads) {
      this.hashThreads = threads;
      return this;
    }

    /**
     * Sets the part size of multipart uploads. Default 8 MiB; raised automatically to stay within
     * 10,000 parts.
     *
     * @param bytes 100 KiB to 5 GiB
     * @return this builder
     */
    public Builder partSize(long bytes) {
      this.partSize = bytes;
      return this;
    }

    /**
     * Sets how many parts are sent at once; memory use stays at about 64 KiB per part in flight,
     * since parts are streamed from the file. Default 4.
     *
     * @param parts 1 to 64
     * @return this builder
     */
    public Builder concurrency(int parts) {
      this.concurrency = parts;
      return this;
    }

    /**
     * Sets the largest file sent with a single PUT; larger files use a multipart upload. Default
     * 10 MiB.
     *
     * @param bytes 0 (always multipart) to 5 GiB
     * @return this builder
     */
    public Builder simpleUploadThreshold(long bytes) {
      this.simpleUploadThreshold = bytes;
      return this;
    }

    /**
     * Saves the session to this file while the upload runs (atomically, owner read/write only,
     * about twice a second), so that another process can {@link UploadSession#load(Path) load} and
     * resume it; deleted when the upload succeeds. The file holds temporary upload credentials.
     * Default none.
     *
     * @param file the session file, or {@code null}
     * @return this builder
     */
    public Builder sessionFile(@Nullable Path file) {
      this.sessionFile = file;
      return this;
    }

    /**
     * Sets the progress listener (named as {@code DownloadOptions.Builder.progress} is). Default {@link
     * UploadListener#NONE}.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder progress(UploadListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets the cancellation token. Default none.
     *
     * @param token the token, or {@code null}
     * @return this builder
     */
    public Builder cancellation(@Nullable Cancellation token) {
      this.cancellation = token;
      return this;
    }

    /**
     * Removes, before the upload is created, every unfinished entry (not yet complete) of the same
     * name, size and GCID in the target folder: the remains of an earlier attempt whose session was
     * lost or could not be read, which would otherwise hold the name (the new file would be stored
     * as {@code name(1)}). Leave it off when another process may be uploading the same content to
     * the same folder at the same time. Default {@code false}.
     *
     * @param replace {@code true} to remove such entries (deleted for good, not trashed)
     * @return this builder
     */
    public Builder replaceUnfinished(boolean replace) {
      this.replaceUnfinished = replace;
      return this;
    }

    /**
     * Validates and builds the options.
     *
     * @return the options
     * @throws InvalidInputException naming the value to fix
     */
    public UploadOptions build() {
      if (name != null && (name.isBlank() || name.contains("/"))) {
        throw new InvalidInputException("name must be non-empty and must not contain '/': " + name);
      }
      if (gcid != null && !gcid.matches("[0-9a-fA-F]{40}")) {
        throw new InvalidInputException("gcid must be 40 hexadecimal characters");
      }
      if (hashThreads < 1 || hashThreads > 64) {
        throw new InvalidInputException("hashThreads must be between 1 and 64, got " + hashThreads);
      }
      if (partSize < MIN_PART_SIZE || partSize > MAX_PART_SIZE) {
        throw new InvalidInputException("partSize must be between 100 KiB and 5 GiB, got " + partSize);
      }
      if (concurrency < 1 || concurrency > 64) {
        throw new InvalidInputException("concurrency must be between 1 and 64, got " + concurrency);
      }
      if (simpleUploadThreshold < 0 || simpleUploadThreshold > MAX_PART_SIZE) {
        throw new InvalidInputException(
            "simpleUploadThreshold must be between 0 and 5 GiB, got " + simpleUploadThreshold);
      }
      if (gcid != null) {
        gcid = gcid.toUpperCase(Locale.ROOT);
      }
      return new UploadOptions(this);
    }
  }
}

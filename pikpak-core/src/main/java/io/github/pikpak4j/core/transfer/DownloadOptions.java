package io.github.pikpak4j.core.transfer;

import io.github.pikpak4j.api.InvalidInputException;
import io.github.pikpak4j.core.link.LinkPolicy;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options of one download. Immutable; {@link #defaults()} or {@link #builder()}.
 *
 * <pre>{@code
 * DownloadOptions o = DownloadOptions.builder()
 *     .connections(8)
 *     .overwrite(true)
 *     .progress(p -> System.err.printf("%.0f%%%n", p.fraction() * 100))
 *     .build();
 * }</pre>
 */
public final class DownloadOptions {
  private static final DownloadOptions DEFAULTS = builder().build();

  private final int connections;
  private final LinkPolicy linkPolicy;
  private final boolean overwrite;
  private final boolean resume;
  private final boolean continueExisting;
  private final boolean verify;
  private final int chunkSize;
  private final int maxAttempts;
  private final int maxLinkRefreshes;
  private final int verifyRefetches;
  private final ProgressListener progress;
  private final @Nullable Cancellation cancellation;

  private DownloadOptions(Builder b) {
    this.connections = b.connections;
    this.linkPolicy = b.linkPolicy;
    this.overwrite = b.overwrite;
    this.resume = b.resume;
    this.continueExisting = b.continueExisting;
    this.verify = b.verify;
    this.chunkSize = b.chunkSize;
    this.maxAttempts = b.maxAttempts;
    this.maxLinkRefreshes = b.maxLinkRefreshes;
    this.verifyRefetches = b.verifyRefetches;
    this.progress = b.progress;
    this.cancellation = b.cancellation;
  }

  /** {@return the defaults (see the builder's setters)} */
  public static DownloadOptions defaults() {
    return DEFAULTS;
  }

  /** {@return a builder with every default} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these options} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.connections = connections;
    b.linkPolicy = linkPolicy;
    b.overwrite = overwrite;
    b.resume = resume;
    b.continueExisting = continueExisting;
    b.verify = verify;
    b.chunkSize = chunkSize;
    b.maxAttempts = maxAttempts;
    b.maxLinkRefreshes = maxLinkRefreshes;
    b.verifyRefetches = verifyRefetches;
    b.progress = progress;
    b.cancellation = cancellation;
    return b;
  }

  /** {@return the number of parallel connections (default 4)} */
  public int connections() {
    return connections;
  }

  /** {@return which link to download (default {@link LinkPolicy#original()})} */
  public LinkPolicy linkPolicy() {
    return linkPolicy;
  }

  /** {@return whether an existing target (or an unusable partial file) may be replaced (default false)} */
  public boolean overwrite() {
    return overwrite;
  }

  /** {@return whether a matching partial file is resumed (default true)} */
  public boolean resume() {
    return resume;
  }

  /** {@return whether the size and, for original bytes, the GCID are verified (default true)} */
  public boolean verify() {
    return verify;
  }

  /**
   * {@return whether an existing target shorter than the content is taken as its first bytes (default false), as
   * {@code curl -C -} and {@code wget -c} do}
   */
  public boolean continueExisting() {
    return continueExisting;
  }

  /** {@return the unit of resume bookkeeping in bytes (default 1 MiB)} */
  public int chunkSize() {
    return chunkSize;
  }

  /** {@return how many times in a row one connection may fail without progress before the download fails} */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** {@return how many times the link may be resolved again in one download (default 4)} */
  public int maxLinkRefreshes() {
    return maxLinkRefreshes;
  }

  /** {@return how many times a file that failed its GCID check is fetched again from scratch} */
  public int verifyRefetches() {
    return verifyRefetches;
  }

  /** {@return the progress listener (default {@link ProgressListener#NONE})} */
  public ProgressListener progress() {
    return progress;
  }

  /** {@return the cancellation token, or {@code null}} */
  public @Nullable Cancellation cancellation() {
    return cancellation;
  }

  /** Builder of {@link DownloadOptions}; {@link #build()} validates. */
  public static final class Builder {
    private int connections = 4;
    private LinkPolicy linkPolicy = LinkPolicy.original();
    private boolean overwrite;
    private boolean resume = true;
    private boolean continueExisting;
    private boolean verify = true;
    private int chunkSize = 1 << 20;
    private int maxAttempts = 5;
    private int maxLinkRefreshes = 4;
    private int verifyRefetches = 1;
    private ProgressListener progress = ProgressListener.NONE;
    private @Nullable Cancellation cancellation;

    private Builder() {}

    /**
     * Sets the number of parallel ranged connections, 1 to 8 (the CDN's per-link limit). Default 4. The client's
     * {@link ConnectionBudget} may grant fewer at a time.
     *
     * @param connections the connections
     * @return this builder
     */
    public Builder connections(int connections) {
      this.connections = connections;
      return this;
    }

    /**
     * Sets which link to download. Default {@link LinkPolicy#original()}: byte-exact, GCID-verified.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder linkPolicy(LinkPolicy policy) {
      this.linkPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Allows replacing an existing target and discarding a partial file that cannot be resumed. Default false: such
     * a file makes the download fail with {@link DownloadTargetExistsException}. The target is replaced only when
     * the new content is complete and verified.
     *
     * @param overwrite whether to overwrite
     * @return this builder
     */
    public Builder overwrite(boolean overwrite) {
      this.overwrite = overwrite;
      return this;
    }

    /**
     * Resumes a partial file ({@code <target>.part} with its state file) left by an earlier run of the same content.
     * Default true. When false and a partial file exists, the download fails unless {@link #overwrite(boolean)}.
     *
     * @param resume whether to resume
     * @return this builder
     */
    public Builder resume(boolean resume) {
      this.resume = resume;
      return this;
    }

    /**
     * Takes an existing target file that is shorter than the content (say, from a download by another program that
     * stopped) as the content's first bytes: it becomes the partial file, its whole chunks count as done, and only the
     * rest is fetched. The whole file is then verified as always, so a prefix that does not match fails the GCID check
     * (and is kept as the partial file). Applies only when no partial file of this library exists; a target longer
     * than the content is refused. Default false.
     *
     * @param continueExisting whether to continue an existing shorter target
     * @return this builder
     */
    public Builder continueExisting(boolean continueExisting) {
      this.continueExisting = continueExisting;
      return this;
    }

    /**
     * Verifies the size and, for the original bytes, the GCID. Default true.
     *
     * @param verify whether to verify
     * @return this builder
     */
    public Builder verify(boolean verify) {
      this.verify = verify;
      return this;
    }

    /**
     * Sets the unit of resume bookkeeping, 64 KiB to 64 MiB. Default 1 MiB. Requests span several units.
     *
     * @param bytes the chunk size in bytes
     * @return this builder
     */
    public Builder chunkSize(int bytes) {
      this.chunkSize = bytes;
      return this;
    }

    /**
     * Sets how many consecutive failures without progress one connection tolerates (transport errors, 5xx), 1 to
     * 20, with backoff from 200 ms doubling to 5 s between them. Default 5.
     *
     * @param attempts the attempts
     * @return this builder
     */
    public Builder maxAttempts(int attempts) {
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * Sets how many times one download may resolve its link again (on expiry, or a 401/403/410 from the CDN), 0 to
     * 20. Default 4.
     *
     * @param refreshes the refreshes
     * @return this builder
     */
    public Builder maxLinkRefreshes(int refreshes) {
      this.maxLinkRefreshes = refreshes;
      return this;
    }

    /**
     * Sets how many times a file whose content fails its GCID check is fetched again, from scratch, before the
     * download fails, 0 to 3. Default 1. A failed check always drops the resume state, so a later run never reuses
     * the chunks that failed; {@link DownloadResult#verifyRefetches()} reports the refetches a download took.
     *
     * @param refetches the refetches
     * @return this builder
     */
    public Builder verifyRefetches(int refetches) {
      this.verifyRefetches = refetches;
      return this;
    }

    /**
     * Sets the progress listener. Default none.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder progress(ProgressListener listener) {
      this.progress = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets a cancellation token. Default none.
     *
     * @param cancellation the token
     * @return this builder
     */
    public Builder cancellation(Cancellation cancellation) {
      this.cancellation = Objects.requireNonNull(cancellation, "cancellation");
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the options
     * @throws InvalidInputException naming the option out of range
     */
    public DownloadOptions build() {
      if (connections < 1 || connections > ConnectionBudget.MAX_PER_LINK) {
        throw new InvalidInputException(
            "connections must be between 1 and " + ConnectionBudget.MAX_PER_LINK + ", got " + connections);
      }
      if (chunkSize < (64 << 10) || chunkSize > (64 << 20)) {
        throw new InvalidInputException("chunkSize must be between 64 KiB and 64 MiB, got " + chunkSize);
      }
      if (maxAttempts < 1 || maxAttempts > 20) {
        throw new InvalidInputException("maxAttempts must be between 1 and 20, got " + maxAttempts);
      }
      if (maxLinkRefreshes < 0 || maxLinkRefreshes > 20) {
        throw new InvalidInputException("maxLinkRefreshes must be between 0 and 20, got " + maxLinkRefreshes);
      }
      if (verifyRefetches < 0 || verifyRefetches > 3) {
        throw new InvalidInputException("verifyRefetches must be between 0 and 3, got " + verifyRefetches);
      }
      return new DownloadOptions(this);
    }
  }
}

package io.github.pikpak4j;

import io.github.pikpak4j.api.MembershipApi;
import io.github.pikpak4j.api.PikPakApis;
import io.github.pikpak4j.api.ResourceApi;
import io.github.pikpak4j.api.UploadApi;
import io.github.pikpak4j.core.async.AsyncAccount;
import io.github.pikpak4j.core.async.AsyncCdn;
import io.github.pikpak4j.core.async.AsyncFiles;
import io.github.pikpak4j.core.async.AsyncLinks;
import io.github.pikpak4j.core.async.AsyncMembership;
import io.github.pikpak4j.core.async.AsyncResources;
import io.github.pikpak4j.core.async.AsyncTransfers;
import io.github.pikpak4j.core.async.AsyncUploads;
import io.github.pikpak4j.core.cdn.Cdn;
import io.github.pikpak4j.core.files.Files;
import io.github.pikpak4j.core.internal.ApiExecutor;
import io.github.pikpak4j.core.internal.AsyncAccountImpl;
import io.github.pikpak4j.core.internal.AsyncEngines;
import io.github.pikpak4j.core.internal.AsyncMembershipImpl;
import io.github.pikpak4j.core.internal.BlockingRunner;
import io.github.pikpak4j.core.internal.FilesImpl;
import io.github.pikpak4j.core.internal.LinksImpl;
import io.github.pikpak4j.core.internal.ResourceOperations;
import io.github.pikpak4j.core.link.Links;
import io.github.pikpak4j.core.transfer.Transfers;
import io.github.pikpak4j.core.transfer.upload.Uploads;
import io.github.pikpak4j.offline.AsyncOfflineTasks;
import io.github.pikpak4j.offline.OfflineTasks;
import io.github.pikpak4j.share.AsyncShares;
import io.github.pikpak4j.share.Shares;

/**
 * The asynchronous view of a {@link PikPakClient} ({@link PikPakClient#async()}): the same resources, each method
 * returning a {@link java.util.concurrent.CompletableFuture} at once. Created once per client; it shares the client's
 * HTTP pools, session, retry policy, rate limit, path cache and pass-code tokens, and is closed with it.
 *
 * <pre>{@code
 * PikPakClientAsync async = client.async();
 * async.files().resolve("/My Pack")
 *     .thenCompose(pack -> async.files().list(pack.id()))
 *     .thenAccept(page -> page.items().forEach(e -> System.out.println(e.name())))
 *     .exceptionally(t -> { System.err.println(t.getMessage()); return null; });
 * }</pre>
 *
 * <p><b>How calls run.</b> API calls ({@link #files()}, {@link #account()}, {@link #offline()}, {@link #shares()})
 * are enqueued on the HTTP client's dispatcher; retries after a failure and rate-limit waits are scheduled on the
 * client's scheduler thread, never slept; waits for offline tasks poll on that scheduler; path resolution and paging
 * compose one request after another. No thread is held while a request is in flight. The transfer engines
 * ({@link #transfers()}, {@link #uploads()}) and the calls that may probe CDN hosts ({@link #links()}, {@link
 * #cdn()}) do blocking I/O by design and run on the view's own daemon threads ({@code pikpak4j-async-transfer-N});
 * see their interfaces.
 *
 * <p><b>Failures.</b> Every future fails with the exact exception its blocking twin throws (a {@link
 * io.github.pikpak4j.api.PikPakException} subclass, not wrapped in a {@link
 * java.util.concurrent.CompletionException}; {@code get()} and {@code join()} add their usual wrapper). Bad input is
 * no exception to that: it fails the returned future, before any request, and nothing is thrown by the method itself.
 *
 * <p><b>Callbacks</b> without an executor run on whichever thread completed the future (an HTTP dispatcher or the
 * scheduler thread): keep them short, or pass your own executor to {@code thenApplyAsync} and friends for blocking
 * work.
 */
public final class PikPakClientAsync {
  private final AsyncFiles files;
  private final AsyncAccount account;
  private final AsyncOfflineTasks offline;
  private final AsyncShares shares;
  private final BlockingRunner runner;
  private final AsyncTransfers transfers;
  private final AsyncUploads uploads;
  private final AsyncLinks links;
  private final AsyncCdn cdn;
  private final AsyncMembership membership;
  private final ResourceOperations resources;

  PikPakClientAsync(
      ApiExecutor executor,
      PikPakApis apis,
      Files files,
      OfflineTasks offline,
      Shares shares,
      Transfers transfers,
      Uploads uploads,
      Links links,
      Cdn cdn,
      MembershipApi membershipApi,
      ResourceApi resourceApi,
      UploadApi uploadApi) {
    this.files = ((FilesImpl) files).async();
    this.account = new AsyncAccountImpl(apis.userApi(), apis.driveApi(), executor);
    this.membership = new AsyncMembershipImpl(membershipApi, executor);
    this.resources = new ResourceOperations(resourceApi, uploadApi, apis.driveApi(), this.files, executor);
    this.offline = AsyncOfflineTasks.of(offline);
    this.shares = AsyncShares.of(shares);
    this.runner = new BlockingRunner();
    this.transfers = AsyncEngines.transfers(transfers, runner);
    this.uploads = AsyncEngines.uploads(uploads, runner);
    this.links = AsyncEngines.links((LinksImpl) links, runner);
    this.cdn = AsyncEngines.cdn(cdn, runner);
  }

  /** {@return the drive's files and folders, asynchronously (shares the path cache of {@code client.files()})} */
  public AsyncFiles files() {
    return files;
  }

  /** {@return the signed-in account, asynchronously} */
  public AsyncAccount account() {
    return account;
  }

  /**
   * {@return content lookups, asynchronously: cid to GCID, magnet and URL previews, archives, instant creation from
   * a GCID, search by name}
   */
  public AsyncResources resources() {
    return resources;
  }

  /** The one implementation of the content lookups, which the blocking view joins. */
  ResourceOperations resourceOperations() {
    return resources;
  }

  /** {@return the signed-in account's membership and activity, asynchronously} */
  public AsyncMembership membership() {
    return membership;
  }

  /** {@return offline (cloud) downloads, asynchronously; waits poll on the client's scheduler} */
  public AsyncOfflineTasks offline() {
    return offline;
  }

  /** {@return shares, asynchronously (shares the pass-code token cache of {@code client.shares()})} */
  public AsyncShares shares() {
    return shares;
  }

  /** {@return downloads, run on the view's own transfer threads} */
  public AsyncTransfers transfers() {
    return transfers;
  }

  /** {@return uploads, run on the view's own transfer threads} */
  public AsyncUploads uploads() {
    return uploads;
  }

  /** {@return link resolution, run on the view's own transfer threads (it may probe CDN hosts)} */
  public AsyncLinks links() {
    return links;
  }

  /** {@return CDN probing and rewriting, run on the view's own transfer threads} */
  public AsyncCdn cdn() {
    return cdn;
  }

  /** Interrupts running transfers and stops the view's threads; called by {@link PikPakClient#close()}. */
  void close() {
    runner.close();
  }

  @Override
  public String toString() {
    return "PikPakClientAsync";
  }
}

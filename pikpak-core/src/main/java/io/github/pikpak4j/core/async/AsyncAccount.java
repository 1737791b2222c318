package io.github.pikpak4j.core.async;

import io.github.pikpak4j.core.account.StorageQuota;
import io.github.pikpak4j.core.account.UserProfile;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link io.github.pikpak4j.core.account.Account}.
 *
 * <pre>{@code
 * client.async().account().quota().thenAccept(q -> System.out.println(q.usage() + " / " + q.limit()));
 * }</pre>
 */
public interface AsyncAccount {
  /**
   * Fetches the signed-in user ({@code GET /v1/user/me}).
   *
   * @return the user; fails as {@code Account.user()} throws
   */
  CompletableFuture<UserProfile> user();

  /**
   * Fetches the storage quota ({@code GET /drive/v1/about}).
   *
   * @return the quota; fails as {@code Account.quota()} throws
   */
  CompletableFuture<StorageQuota> quota();
}

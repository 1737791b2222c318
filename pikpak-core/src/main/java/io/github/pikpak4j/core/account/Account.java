package io.github.pikpak4j.core.account;

/**
 * The signed-in account.
 *
 * <pre>{@code
 * UserProfile me = client.account().user();
 * StorageQuota q = client.account().quota();
 * System.out.printf("%s uses %d of %d bytes%n", me.name(), q.usage(), q.limit());
 * }</pre>
 */
public interface Account {
  /** {@return the signed-in user ({@code GET /v1/user/me})} */
  UserProfile user();

  /** {@return the storage quota ({@code GET /drive/v1/about})} */
  StorageQuota quota();
}

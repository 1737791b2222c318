package io.github.pikpak4j.auth;

import java.nio.file.Path;

/** A separate JVM that increments the counter kept in a session file's refresh token, under the store's lock. */
public final class StoreWorker {
  private StoreWorker() {}

  public static void main(String[] args) {
    FileTokenStore store = FileTokenStore.of(Path.of(args[0]));
    int rounds = Integer.parseInt(args[1]);
    for (int i = 0; i < rounds; i++) {
      store.update(
          current -> {
            int n = Integer.parseInt(current.refreshToken().substring(1));
            return FileTokenStoreTest.session("r" + (n + 1));
          });
    }
  }
}

package io.github.pikpak4j.auth;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Where the {@link Session} (above all the rotating refresh token) is kept between runs.
 *
 * <pre>{@code
 * TokenStore store = FileTokenStore.of(Path.of(System.getProperty("user.home"), ".pikpak", "session.json"));
 * PikPakAuth auth = PikPakAuth.builder().tokenStore(store)...build();
 * }</pre>
 *
 * <p>Implementations are thread-safe. {@link #update} is the one operation {@link PikPakAuth} uses when it refreshes:
 * it re-reads the stored session under an exclusive lock, so a token another thread or process rotated in the
 * meantime is adopted instead of being refreshed again with a dead refresh token.
 */
public interface TokenStore {

  /**
   * Reads the stored session.
   *
   * @return the session, or empty if none is stored
   * @throws io.github.pikpak4j.api.PikPakException if the store cannot be read
   */
  Optional<Session> load();

  /**
   * Replaces the stored session, atomically.
   *
   * @param session the session to store
   * @throws io.github.pikpak4j.api.PikPakException if the store cannot be written
   */
  void save(Session session);

  /**
   * Atomic read-modify-write: under an exclusive lock (across threads, and across processes where the store can),
   * reads the stored session, applies {@code change}, stores the result unless it is null or the same instance it was
   * given, and returns it. If {@code change} throws, nothing is stored and the exception propagates.
   *
   * @param change receives the stored session (null if none) and returns the session to store, or null to store
   *     nothing
   * @return what {@code change} returned
   */
  @Nullable Session update(UnaryOperator<@Nullable Session> change);
}

package io.github.pikpak4j.auth;

import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TokenStore} in memory: the session lives as long as this object (the default store of {@link
 * PikPakAuth}).
 *
 * <pre>{@code
 * TokenStore store = new InMemoryTokenStore();
 * }</pre>
 */
public final class InMemoryTokenStore implements TokenStore {
  private final ReentrantLock lock = new ReentrantLock();
  private volatile @Nullable Session session;

  /** Creates an empty store. */
  public InMemoryTokenStore() {}

  /**
   * Creates a store holding a session.
   *
   * @param session the initial session, or null
   */
  public InMemoryTokenStore(@Nullable Session session) {
    this.session = session;
  }

  @Override
  public Optional<Session> load() {
    return Optional.ofNullable(session);
  }

  @Override
  public void save(Session session) {
    lock.lock();
    try {
      this.session = session;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public @Nullable Session update(UnaryOperator<@Nullable Session> change) {
    lock.lock();
    try {
      Session current = session;
      Session next = change.apply(current);
      if (next != null && next != current) {
        session = next;
      }
      return next;
    } finally {
      lock.unlock();
    }
  }

  /** Describes the store without its contents. */
  @Override
  public String toString() {
    return "InMemoryTokenStore{" + (session == null ? "empty" : "holding a session") + "}";
  }
}

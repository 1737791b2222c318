package io.github.pikpak4j.core.transfer;

import io.github.pikpak4j.api.InvalidInputException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Limits concurrent CDN connections: at most {@link #perLink()} to one link (PikPak's CDN answers 503 to the ninth)
 * and at most {@link #total()} across every download that shares this budget (about 16 to 20 per account, protocol
 * §6.2). Pass the same instance to every client of one account. Thread-safe.
 *
 * <pre>{@code
 * ConnectionBudget budget = ConnectionBudget.of(8, 16); // the defaults
 * PikPakClient client = PikPakClient.builder().connectionBudget(budget)...build();
 * }</pre>
 *
 * <p>A download holds one permit of each kind for the duration of each ranged request.
 */
public final class ConnectionBudget {
  /** The CDN's limit of concurrent connections to one signed link: {@value}. */
  public static final int MAX_PER_LINK = 8;

  private final int perLink;
  private final int total;
  private final Semaphore global;
  private final Map<String, Entry> links = new HashMap<>();
  private int inUse;
  private int peak;

  private static final class Entry {
    final Semaphore permits;
    int users;

    Entry(int permits) {
      this.permits = new Semaphore(permits, true);
    }
  }

  private ConnectionBudget(int perLink, int total) {
    this.perLink = perLink;
    this.total = total;
    this.global = new Semaphore(total, true);
  }

  /** {@return a new budget with the defaults: 8 per link, 16 in all} */
  public static ConnectionBudget defaults() {
    return of(MAX_PER_LINK, 16);
  }

  /**
   * Returns a new budget.
   *
   * @param perLink connections to one link, 1 to {@value #MAX_PER_LINK}
   * @param total connections in all, at least {@code perLink} and at most 256
   * @return the budget
   * @throws InvalidInputException when a limit is out of range
   */
  public static ConnectionBudget of(int perLink, int total) {
    if (perLink < 1 || perLink > MAX_PER_LINK) {
      throw new InvalidInputException("connections per link must be between 1 and " + MAX_PER_LINK + ", got "
          + perLink);
    }
    if (total < perLink || total > 256) {
      throw new InvalidInputException("total connections must be between " + perLink + " and 256, got " + total);
    }
    return new ConnectionBudget(perLink, total);
  }

  /** {@return the limit per link} */
  public int perLink() {
    return perLink;
  }

  /** {@return the limit across all downloads} */
  public int total() {
    return total;
  }

  /** {@return how many connections are held right now} */
  public synchronized int inUse() {
    return inUse;
  }

  /** {@return the most connections ever held at once} */
  public synchronized int peak() {
    return peak;
  }

  /**
   * Waits for one connection to a link.
   *
   * @param linkKey identifies the link's content (file id and rendition)
   * @return the permit; close it to give the connection back
   * @throws InterruptedException when interrupted while waiting
   */
  public Permit acquire(String linkKey) throws InterruptedException {
    Entry e;
    synchronized (this) {
      e = links.computeIfAbsent(linkKey, k -> new Entry(perLink));
      e.users++;
    }
    boolean linkHeld = false;
    try {
      e.permits.acquire();
      linkHeld = true;
      global.acquire();
    } catch (InterruptedException ex) {
      if (linkHeld) {
        e.permits.release();
      }
      leave(linkKey, e);
      throw ex;
    }
    synchronized (this) {
      inUse++;
      peak = Math.max(peak, inUse);
    }
    return new Permit(this, linkKey, e);
  }

  private synchronized void leave(String key, Entry e) {
    if (--e.users == 0) {
      links.remove(key, e);
    }
  }

  private void release(String key, Entry e) {
    synchronized (this) {
      inUse--;
    }
    global.release();
    e.permits.release();
    leave(key, e);
  }

  @Override
  public String toString() {
    return "ConnectionBudget[perLink=" + perLink + ", total=" + total + "]";
  }

  /** One held connection; {@link #close()} returns it (once). */
  public static final class Permit implements AutoCloseable {
    private final ConnectionBudget budget;
    private final String key;
    private final Entry entry;
    private boolean closed;

    private Permit(ConnectionBudget budget, String key, Entry entry) {
      this.budget = budget;
      this.key = key;
      this.entry = entry;
    }

    /** Gives the connection back; later calls do nothing. */
    @Override
    public synchronized void close() {
      if (!closed) {
        closed = true;
        budget.release(key, entry);
      }
    }
  }
}

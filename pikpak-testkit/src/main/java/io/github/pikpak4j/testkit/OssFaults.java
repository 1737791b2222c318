package io.github.pikpak4j.testkit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Scripted failures of the emulated OSS upload endpoint. A failing request's body is read and
 * discarded (nothing is stored), then answered with the status and an OSS XML error.
 *
 * <pre>{@code
 * emulator.ossFaults().failPart(2, 1, 500);      // the next upload of part 2 fails once
 * emulator.ossFaults().failPartsFrom(3, 503);    // every part from 3 on fails until cleared
 * emulator.ossFaults().failComplete(1, 500);     // the next CompleteMultipartUpload fails
 * }</pre>
 *
 * <p>Rules are checked in the order added; the first live match wins. Thread-safe.
 */
public final class OssFaults {
  /** What a rule applies to. */
  enum Target {
    PART,
    SIMPLE_PUT,
    INITIATE,
    COMPLETE,
    LIST_PARTS
  }

  private final List<Rule> rules = new ArrayList<>();

  OssFaults() {}

  /**
   * Fails the next {@code times} uploads of one part number.
   *
   * @param partNumber the part number, 1 to 10,000
   * @param times how many requests, at least 1
   * @param httpStatus the status to answer, e.g. 500
   * @return this
   */
  public OssFaults failPart(int partNumber, int times, int httpStatus) {
    return add(Target.PART, partNumber, partNumber, times, httpStatus);
  }

  /**
   * Fails every upload of a part numbered {@code partNumber} or higher until {@link #clear()}: a
   * way to stop an upload after its first parts, as a crash would.
   *
   * @param partNumber the first failing part number
   * @param httpStatus the status to answer, e.g. 503
   * @return this
   */
  public OssFaults failPartsFrom(int partNumber, int httpStatus) {
    return add(Target.PART, partNumber, Integer.MAX_VALUE, Integer.MAX_VALUE, httpStatus);
  }

  /**
   * Fails the next {@code times} single-request (PutObject) uploads.
   *
   * @param times how many requests, at least 1
   * @param httpStatus the status to answer
   * @return this
   */
  public OssFaults failSimplePut(int times, int httpStatus) {
    return add(Target.SIMPLE_PUT, 0, 0, times, httpStatus);
  }

  /**
   * Fails the next {@code times} InitiateMultipartUpload calls.
   *
   * @param times how many requests, at least 1
   * @param httpStatus the status to answer
   * @return this
   */
  public OssFaults failInitiate(int times, int httpStatus) {
    return add(Target.INITIATE, 0, 0, times, httpStatus);
  }

  /**
   * Fails the next {@code times} CompleteMultipartUpload calls (nothing is completed).
   *
   * @param times how many requests, at least 1
   * @param httpStatus the status to answer
   * @return this
   */
  public OssFaults failComplete(int times, int httpStatus) {
    return add(Target.COMPLETE, 0, 0, times, httpStatus);
  }

  /**
   * Fails the next {@code times} ListParts calls.
   *
   * @param times how many requests, at least 1
   * @param httpStatus the status to answer
   * @return this
   */
  public OssFaults failListParts(int times, int httpStatus) {
    return add(Target.LIST_PARTS, 0, 0, times, httpStatus);
  }

  /** Removes every rule. */
  public synchronized void clear() {
    rules.clear();
  }

  private synchronized OssFaults add(Target target, int from, int to, int times, int status) {
    if (times < 1) {
      throw new IllegalArgumentException("times < 1");
    }
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 4xx or 5xx: " + status);
    }
    rules.add(new Rule(target, from, to, times, status));
    return this;
  }

  /** Returns the status to fail with, or 0, counting one use of the matching rule. */
  synchronized int take(Target target, int partNumber) {
    Iterator<Rule> it = rules.iterator();
    while (it.hasNext()) {
      Rule r = it.next();
      if (r.target == target && partNumber >= r.from && partNumber <= r.to) {
        if (r.remaining != Integer.MAX_VALUE && --r.remaining <= 0) {
          it.remove();
        }
        return r.status;
      }
    }
    return 0;
  }

  private static final class Rule {
    final Target target;
    final int from;
    final int to;
    int remaining;
    final int status;

    Rule(Target target, int from, int to, int remaining, int status) {
      this.target = target;
      this.from = from;
      this.to = to;
      this.remaining = remaining;
      this.status = status;
    }
  }
}

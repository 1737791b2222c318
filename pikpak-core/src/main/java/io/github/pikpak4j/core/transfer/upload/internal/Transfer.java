package io.github.pikpak4j.core.transfer.upload.internal;

import io.github.pikpak4j.api.ErrorContext;
import io.github.pikpak4j.core.hash.ContentSizeMismatchException;
import io.github.pikpak4j.core.policy.RetryPolicy;
import io.github.pikpak4j.core.policy.Sleeper;
import io.github.pikpak4j.core.transfer.Cancellation;
import io.github.pikpak4j.core.transfer.upload.SourceChangedException;
import io.github.pikpak4j.core.transfer.upload.UploadCancelledException;
import io.github.pikpak4j.core.transfer.upload.UploadException;
import io.github.pikpak4j.core.transfer.upload.UploadOptions;
import io.github.pikpak4j.core.transfer.upload.UploadProgress;
import io.github.pikpak4j.core.transfer.upload.UploadSession;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one upload's bytes to OSS: a single PUT, or the missing parts of a multipart upload with
 * bounded concurrency, each part retried on its own. Keeps the session up to date (and saved).
 */
final class Transfer {
  private static final Logger LOG = LoggerFactory.getLogger(Transfer.class);
  private static final long NOTIFY_EVERY = 1L << 20;
  private static final long SAVE_EVERY_NANOS = 500_000_000L;

  /** The multipart upload is gone (completed, aborted or expired). */
  static final class UploadGoneException extends Exception {
    private static final long serialVersionUID = 1L;

    UploadGoneException(Throwable cause) {
      super(cause);
    }
  }

  private final OssClient oss;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final UploadOptions options;
  private final LocalFile local;
  private final Object lock = new Object();
  private UploadSession session;
  private final AtomicLong bytesDone = new AtomicLong();
  private final AtomicLong bytesSent = new AtomicLong();
  private final AtomicInteger requestsSent = new AtomicInteger();
  private final AtomicLong lastNotified = new AtomicLong();
  private volatile boolean stopped;
  private long lastSave;

  Transfer(OssClient oss, RetryPolicy policy, Sleeper sleeper, UploadOptions options, LocalFile local, UploadSession s) {
    this.oss = oss;
    this.policy = policy;
    this.sleeper = sleeper;
    this.options = options;
    this.local = local;
    this.session = s;
  }

  UploadSession session() {
    synchronized (lock) {
      return session;
    }
  }

  long bytesSent() {
    return bytesSent.get();
  }

  int requestsSent() {
    return requestsSent.get();
  }

  boolean cancelled() {
    Cancellation t = options.cancellation();
    return stopped || (t != null && t.isCancelled());
  }

  /** Sends every byte still missing. Returns without completing a multipart upload. */
  void send() throws UploadGoneException {
    save(true);
    notify(UploadProgress.Phase.TRANSFERRING, true);
    try (FileChannel ch = FileChannel.open(local.path())) {
      if (session().multipart()) {
        sendParts(ch);
      } else {
        withRetries(n -> oss.putObject(body(ch, 0, local.size())));
      }
    } catch (IOException e) {
      throw new UploadException("cannot read " + local.path() + ": " + e.getMessage(), session(), e);
    }
    local.checkUnchanged();
  }

  /** Completes a multipart upload: one attempt, never replayed (protocol §10). */
  void complete() throws OssCallException {
    UploadSession s = session();
    if (s.multipart()) {
      oss.complete(s.uploadId(), s.parts());
    }
  }

  private void sendParts(FileChannel ch) throws UploadGoneException {
    UploadSession s = session();
    if (s.uploadId().isEmpty()) {
      String id = withRetries(n -> oss.initiate());
      synchronized (lock) {
        session = session.withUploadId(id);
      }
      save(true);
    } else {
      List<UploadSession.Part> listed;
      try {
        listed = retry(() -> oss.listParts(s.uploadId()));
      } catch (OssCallException e) {
        if (e.status == 404) {
          throw new UploadGoneException(e);
        }
        throw failure(e);
      }
      List<UploadSession.Part> usable = new ArrayList<>();
      int count = s.partCount();
      for (UploadSession.Part p : listed) {
        if (p.number() >= 1 && p.number() <= count
            && p.size() == PartPlan.length(p.number(), s.partSize(), s.size())) {
          usable.add(p);
        }
      }
      synchronized (lock) {
        session = session.withParts(usable);
      }
      save(true);
    }
    UploadSession current = session();
    Map<Integer, UploadSession.Part> done = new HashMap<>();
    for (UploadSession.Part p : current.parts()) {
      done.put(p.number(), p);
      bytesDone.addAndGet(p.size());
    }
    List<Integer> missing = new ArrayList<>();
    for (int n = 1; n <= current.partCount(); n++) {
      if (!done.containsKey(n)) {
        missing.add(n);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    AtomicInteger threadNumber = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(options.concurrency(), missing.size()),
            r -> {
              Thread t = new Thread(r, "pikpak4j-upload-" + threadNumber.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    AtomicReference<Throwable> failure = new AtomicReference<>();
    for (int number : missing) {
      pool.execute(
          () -> {
            if (failure.get() != null || cancelled()) {
              return;
            }
            try {
              long offset = PartPlan.offset(number, current.partSize());
              long length = PartPlan.length(number, current.partSize(), current.size());
              String etag = withRetries(n -> oss.uploadPart(current.uploadId(), number, body(ch, offset, length)));
              synchronized (lock) {
                List<UploadSession.Part> parts = new ArrayList<>(session.parts());
                parts.add(new UploadSession.Part(number, length, etag));
                session = session.withParts(parts);
              }
              save(false);
            } catch (Throwable t) {
              failure.compareAndSet(null, t);
            }
          });
    }
    pool.shutdown();
    try {
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        // wait for the parts in flight
      }
    } catch (InterruptedException e) {
      stopped = true;
      pool.shutdownNow();
      Thread.currentThread().interrupt();
      save(true);
      throw new UploadCancelledException(session());
    }
    save(true);
    Throwable t = failure.get();
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error err) {
      throw err;
    }
    if (t != null) {
      throw new UploadException("upload failed: " + t, session(), t);
    }
    if (cancelled()) {
      throw new UploadCancelledException(session());
    }
  }

  /** An OSS call made with a given attempt number. */
  private interface Attempt<T> {
    T call(int attempt) throws OssCallException;
  }

  /** An OSS call without arguments. */
  private interface Call<T> {
    T call() throws OssCallException;
  }

  private <T> T withRetries(Attempt<T> attempt) {
    try {
      return retryAttempts(attempt);
    } catch (OssCallException e) {
      throw failure(e);
    }
  }

  private <T> T retry(Call<T> call) throws OssCallException {
    return retryAttempts(n -> call.call());
  }

  private <T> T retryAttempts(Attempt<T> attempt) throws OssCallException {
    int max = policy.maxAttempts();
    for (int i = 1; ; i++) {
      if (cancelled()) {
        throw new UploadCancelledException(session());
      }
      AtomicLong counted = new AtomicLong();
      currentAttemptBytes.set(counted);
      try {
        return attempt.call(i);
      } catch (OssCallException e) {
        bytesDone.addAndGet(-counted.get());
        if (!e.retryable() || i >= max || cancelled()) {
          throw e;
        }
        LOG.debug("{} failed ({}), attempt {} of {}", e.operation, e.getMessage(), i, max);
        try {
          sleeper.sleep(policy.backoff(i));
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          stopped = true;
          throw new UploadCancelledException(session());
        }
      } finally {
        currentAttemptBytes.remove();
      }
    }
  }

  private final ThreadLocal<AtomicLong> currentAttemptBytes = new ThreadLocal<>();

  private FileRangeBody body(FileChannel ch, long offset, long length) {
    AtomicLong counted = currentAttemptBytes.get();
    requestsSent.incrementAndGet();
    return new FileRangeBody(
        ch,
        offset,
        length,
        local.size(),
        n -> {
          bytesSent.addAndGet(n);
          if (counted != null) {
            counted.addAndGet(n);
          }
          bytesDone.addAndGet(n);
          notify(UploadProgress.Phase.TRANSFERRING, false);
        },
        this::cancelled);
  }

  /** Maps an OSS failure to the public exception, with the session to resume from. */
  RuntimeException failure(OssCallException e) {
    Throwable cause = e.getCause();
    if (cause instanceof FileRangeBody.CancelledIOException) {
      save(true);
      return new UploadCancelledException(session());
    }
    if (cause instanceof ContentSizeMismatchException c) {
      return new SourceChangedException(local.path() + " changed size while it was uploaded: " + c.getMessage(), c);
    }
    save(true);
    String suffix = e.code == null ? "" : " [" + e.code + "]";
    return new UploadException(
        e.getMessage() + suffix,
        new ErrorContext(e.status, e.code, 0, e.getMessage(), null, e.requestId, "OSS " + e.operation),
        session(),
        e);
  }

  void notify(UploadProgress.Phase phase, boolean always) {
    long done = Math.max(0, Math.min(bytesDone.get(), local.size()));
    long last = lastNotified.get();
    if (always || (done - last >= NOTIFY_EVERY && lastNotified.compareAndSet(last, done))) {
      try {
        options.progress().onProgress(new UploadProgress(phase, done, local.size()));
      } catch (RuntimeException ex) {
        LOG.warn("upload listener failed", ex);
      }
    }
  }

  void save(boolean force) {
    Path file = options.sessionFile();
    if (file == null) {
      return;
    }
    synchronized (lock) {
      long now = System.nanoTime();
      if (!force && now - lastSave < SAVE_EVERY_NANOS) {
        return;
      }
      lastSave = now;
      try {
        session.save(file);
      } catch (IOException e) {
        LOG.warn("cannot save the upload session to {}: {}", file, e.toString());
      }
    }
  }
}

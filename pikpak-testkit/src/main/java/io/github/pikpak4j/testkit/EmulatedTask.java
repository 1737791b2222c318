package io.github.pikpak4j.testkit;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One emulated offline task; guarded by its {@link EmulatedOffline}'s lock. */
final class EmulatedTask {
  static final String PENDING = "PHASE_TYPE_PENDING";
  static final String RUNNING = "PHASE_TYPE_RUNNING";
  static final String COMPLETE = "PHASE_TYPE_COMPLETE";
  static final String ERROR = "PHASE_TYPE_ERROR";

  final String id;
  final String userId;
  final String url;
  final String name;
  final long size;
  final @Nullable String parentId;
  final boolean toMyPack;
  final long sequence;
  final Instant createdTime;
  final Duration duration;
  final boolean alwaysFails;
  final boolean failsOnce;
  Instant startedTime;
  Instant updatedTime;
  int attempt = 1;
  String phase = PENDING;
  int progress;
  String message = "";
  String fileId = "";

  EmulatedTask(
      String id,
      String userId,
      String url,
      String name,
      long size,
      @Nullable String parentId,
      boolean toMyPack,
      long sequence,
      Instant now,
      Duration duration,
      boolean alwaysFails,
      boolean failsOnce) {
    this.id = id;
    this.userId = userId;
    this.url = url;
    this.name = name;
    this.size = size;
    this.parentId = parentId;
    this.toMyPack = toMyPack;
    this.sequence = sequence;
    this.createdTime = now;
    this.startedTime = now;
    this.updatedTime = now;
    this.duration = duration;
    this.alwaysFails = alwaysFails;
    this.failsOnce = failsOnce;
  }

  boolean fails() {
    return alwaysFails || (failsOnce && attempt == 1);
  }

  boolean isFinal() {
    return phase.equals(COMPLETE) || phase.equals(ERROR);
  }
}

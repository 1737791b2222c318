package io.github.pikpak4j.core.internal;

import io.github.pikpak4j.core.async.AsyncDriveTask;
import io.github.pikpak4j.core.files.BatchOperation;
import io.github.pikpak4j.core.files.DriveTask;
import io.github.pikpak4j.core.files.DriveTaskStatus;
import java.time.Duration;

/**
 * The blocking {@link DriveTask}: each call joins its one async implementation in {@link AsyncDriveTaskImpl}, whose
 * waits between polls are scheduled on the client's scheduler.
 */
final class DriveTaskImpl implements DriveTask {
  private final AsyncDriveTask async;

  DriveTaskImpl(AsyncDriveTask async) {
    this.async = async;
  }

  @Override
  public String id() {
    return async.id();
  }

  @Override
  public BatchOperation operation() {
    return async.operation();
  }

  @Override
  public DriveTaskStatus poll() {
    return Joins.join(async.poll());
  }

  @Override
  public DriveTaskStatus await() {
    return Joins.join(async.await());
  }

  @Override
  public DriveTaskStatus await(Duration timeout) {
    return Joins.join(async.await(timeout));
  }

  @Override
  public String toString() {
    return "DriveTask{" + async.operation().kind().label() + ", id=" + async.id() + "}";
  }
}

package io.github.pikpak4j.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import io.github.pikpak4j.PikPakClient;
import io.github.pikpak4j.testkit.PikPakEmulator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One facade call and its async twin: the twin's result must equal the blocking call's, and under the same fault the
 * twin must fail with the same exception type and message, unwrapped.
 */
record Twin(
    String name,
    Function<PikPakClient, Object> sync,
    Function<PikPakClient, CompletableFuture<?>> async,
    Consumer<PikPakEmulator> fault) {

  static Twin of(
      String name,
      Function<PikPakClient, Object> sync,
      Function<PikPakClient, CompletableFuture<?>> async,
      Consumer<PikPakEmulator> fault) {
    return new Twin(name, sync, async, fault);
  }

  @Override
  public String toString() {
    return name;
  }

  void assertSameResult(PikPakClient client) {
    Object expected = sync.apply(client);
    assertThat(result(async.apply(client))).as(name).isEqualTo(expected);
  }

  void assertSameFailure(PikPakEmulator emulator, PikPakClient client) {
    fault.accept(emulator);
    Throwable expected = catchThrowable(() -> sync.apply(client));
    assertThat(expected).as("the blocking %s fails under the fault", name).isNotNull();
    emulator.faults().clear();
    fault.accept(emulator);
    Throwable actual = failure(async.apply(client));
    assertThat(actual).as(name).hasSameClassAs(expected).hasMessage(expected.getMessage());
  }

  static <T> T result(CompletableFuture<T> f) {
    try {
      return f.get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("the future failed", e.getCause());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The failure of a future, checked to be the very exception (not a CompletionException) a stage sees. */
  static Throwable failure(CompletableFuture<?> f) {
    try {
      f.get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      Throwable seen = f.handle((v, t) -> t).join();
      assertThat(seen).as("the future fails with the exception itself, unwrapped").isSameAs(e.getCause());
      return e.getCause();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    return fail("the future succeeded");
  }
}

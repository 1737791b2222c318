package io.github.pikpak4j.testkit;

import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that gives each test a fresh, started {@link PikPakEmulator} and closes it
 * after the test.
 *
 * <pre>{@code
 * @ExtendWith(PikPakEmulatorExtension.class)
 * class MyTest {
 *   @Test void lists(PikPakEmulator emulator) { ... }
 * }
 *
 * class MyOtherTest {
 *   @RegisterExtension
 *   final PikPakEmulatorExtension pikpak = new PikPakEmulatorExtension(b -> b.pageSizeCap(10));
 *   @Test void pages() { PikPakEmulator emu = pikpak.emulator(); ... }
 * }
 * }</pre>
 *
 * <p>The emulator starts lazily, on the first parameter injection or {@link #emulator()} call of a
 * test. With {@code @RegisterExtension} on an instance field (the default per-method lifecycle),
 * each test gets its own extension instance.
 */
public final class PikPakEmulatorExtension implements ParameterResolver, AfterEachCallback {
  private final Consumer<PikPakEmulator.Builder> options;
  private volatile @Nullable PikPakEmulator current;

  /** An extension with the default emulator options. */
  public PikPakEmulatorExtension() {
    this(b -> {});
  }

  /**
   * An extension whose emulators are built with custom options.
   *
   * @param options applied to each emulator's builder before it starts
   */
  public PikPakEmulatorExtension(Consumer<PikPakEmulator.Builder> options) {
    this.options = options;
  }

  /**
   * Returns the current test's emulator, starting it if needed.
   *
   * @return the running emulator
   */
  public synchronized PikPakEmulator emulator() {
    PikPakEmulator e = current;
    if (e == null) {
      PikPakEmulator.Builder b = PikPakEmulator.builder();
      options.accept(b);
      e = b.start();
      current = e;
    }
    return e;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext context) {
    return parameterContext.getParameter().getType() == PikPakEmulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
    return emulator();
  }

  @Override
  public synchronized void afterEach(ExtensionContext context) {
    PikPakEmulator e = current;
    current = null;
    if (e != null) {
      e.close();
    }
  }
}

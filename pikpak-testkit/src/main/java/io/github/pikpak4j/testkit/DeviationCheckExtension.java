package io.github.pikpak4j.testkit;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension that fails a test when an emulator started during it (in {@code @BeforeEach}, the test itself, or
 * {@link PikPakEmulatorExtension}) recorded a {@link Deviation}, and fails a test class when an emulator started in
 * its {@code @BeforeAll} did. It holds a client to the strict protocol form while the emulator itself stays as lenient
 * as PikPak. Tests that send deviations on purpose opt out with {@link AllowDeviations}.
 *
 * <p>Register it per class with {@code @ExtendWith(DeviationCheckExtension.class)}, or for every test of a module by
 * JUnit's extension auto-detection: a test resource {@code META-INF/services/org.junit.jupiter.api.extension.Extension}
 * naming this class and {@code junit.jupiter.extensions.autodetection.enabled=true} in {@code
 * junit-platform.properties}. Tests of one JVM must not run in parallel (the scopes are global).
 */
public final class DeviationCheckExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

  /** Used by JUnit. */
  public DeviationCheckExtension() {}

  @Override
  public void beforeAll(ExtensionContext context) {
    DeviationWatch.begin();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    check(DeviationWatch.end(), context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    DeviationWatch.begin();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    check(DeviationWatch.end(), context);
  }

  private static void check(List<PikPakEmulator> emulators, ExtensionContext context) {
    if (allowed(context.getElement()) || allowed(context.getTestClass().map(c -> (AnnotatedElement) c))) {
      return;
    }
    List<Deviation> found = new ArrayList<>();
    for (PikPakEmulator e : emulators) {
      found.addAll(e.deviations());
    }
    if (!found.isEmpty()) {
      StringBuilder m = new StringBuilder("The client sent ").append(found.size()).append(" protocol deviation(s):");
      for (Deviation d : found.subList(0, Math.min(10, found.size()))) {
        m.append("\n  ").append(d.rule()).append(' ').append(d.method()).append(' ').append(d.path());
        m.append(": ").append(d.detail());
      }
      throw new AssertionError(m.toString());
    }
  }

  private static boolean allowed(Optional<? extends AnnotatedElement> element) {
    return element.map(e -> e.isAnnotationPresent(AllowDeviations.class)).orElse(false);
  }
}

package io.github.pikpak4j.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The extension fails a test whose emulators recorded deviations, and only those started inside the test's scope. */
class DeviationCheckExtensionTest {
  private static final ExtensionContext NO_ANNOTATIONS =
      (ExtensionContext)
          Proxy.newProxyInstance(
              ExtensionContext.class.getClassLoader(),
              new Class<?>[] {ExtensionContext.class},
              (proxy, method, args) -> method.getReturnType() == Optional.class ? Optional.empty() : null);

  private final DeviationCheckExtension extension = new DeviationCheckExtension();

  @Test
  void aDeviationFailsTheTestThatSentIt() {
    extension.beforeEach(NO_ANNOTATIONS);
    try (PikPakEmulator emu = PikPakEmulator.start()) {
      TestClient c = new TestClient(emu).login();
      c.userAgent = "okhttp/5.1.0";
      TestClient.check(c.drive("drive/v1/files"));
    }
    assertThatThrownBy(() -> extension.afterEach(NO_ANNOTATIONS))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("user-agent GET /drive/v1/files");
  }

  @Test
  void aStrictClientPassesAndEmulatorsStartedOutsideTheScopeAreIgnored() {
    try (PikPakEmulator outside = PikPakEmulator.start()) {
      extension.beforeEach(NO_ANNOTATIONS);
      try (PikPakEmulator emu = PikPakEmulator.start()) {
        TestClient.check(new TestClient(emu).login().drive("drive/v1/files"));
      }
      TestClient c = new TestClient(outside).login();
      c.userAgent = "okhttp/5.1.0";
      TestClient.check(c.drive("drive/v1/files"));
      assertThatCode(() -> extension.afterEach(NO_ANNOTATIONS)).doesNotThrowAnyException();
    }
  }
}

package io.github.pikpak4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TlsWarmUpTest {
  @Test
  void startsForCommandsThatBuildAClient() {
    assertThat(TlsWarmUp.pays(new String[] {"get", "/a"})).isTrue();
    assertThat(TlsWarmUp.pays(new String[] {"--json", "ls", "-r", "/"})).isTrue();
    assertThat(TlsWarmUp.pays(new String[] {"ls", "--", "--help"})).isTrue(); // a path named --help
  }

  @Test
  void notForHelpVersionCompletionOrNothing() {
    assertThat(TlsWarmUp.pays(new String[0])).isFalse();
    assertThat(TlsWarmUp.pays(new String[] {"--version"})).isFalse();
    assertThat(TlsWarmUp.pays(new String[] {"-V"})).isFalse();
    assertThat(TlsWarmUp.pays(new String[] {"get", "--help"})).isFalse();
    assertThat(TlsWarmUp.pays(new String[] {"ls", "-h"})).isFalse();
    assertThat(TlsWarmUp.pays(new String[] {"completion", "bash"})).isFalse();
  }

  @Test
  void runsOnADaemonThreadThatEnds() throws Exception {
    Thread thread = TlsWarmUp.start();
    assertThat(thread.isDaemon()).isTrue(); // the program never waits for it
    thread.join(TimeUnit.MINUTES.toMillis(1));
    assertThat(thread.isAlive()).isFalse();
  }
}

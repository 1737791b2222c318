package io.github.pikpak4j.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AwaitPolicyTest {

  @ParameterizedTest
  @CsvSource({"1, 1000", "2, 1500", "3, 2250", "4, 3375", "6, 7594", "7, 10000", "50, 10000"})
  void delayGrowsFromOneSecondAndIsCappedAtTen(int poll, long millis) {
    assertThat(AwaitPolicy.defaults().baseDelay(poll)).isEqualTo(Duration.ofMillis(millis));
  }

  @ParameterizedTest
  @CsvSource({"0.0, 8000", "0.5, 10000", "0.999999, 12000"})
  void jitterIsWithinTwentyPercent(double random, long millis) {
    assertThat(AwaitPolicy.defaults().jittered(Duration.ofSeconds(10), random)).isEqualTo(Duration.ofMillis(millis));
  }

  @ParameterizedTest
  @CsvSource({"0, 10, 1.5, 0.2, 5", "5, 1, 1.5, 0.2, 5", "1, 10, 0.5, 0.2, 5", "1, 10, 1.5, 0.9, 5", "1, 10, 1.5, 0.2, 0"})
  void rejectsInvalidValues(long initial, long max, double multiplier, double jitter, int errors) {
    assertThatThrownBy(
            () -> new AwaitPolicy(Duration.ofSeconds(initial), Duration.ofSeconds(max), multiplier, jitter, errors))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

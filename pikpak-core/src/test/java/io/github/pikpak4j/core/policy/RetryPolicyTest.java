package io.github.pikpak4j.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.InvalidInputException;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RetryPolicyTest {

  @Test
  void defaultScheduleDoublesFrom200msAndCapsAt5sWithoutJitter() {
    RetryPolicy p = RetryPolicy.builder().jitter(0).build();
    assertThat(p.maxAttempts()).isEqualTo(4);
    assertThat(p.backoff(1)).isEqualTo(Duration.ofMillis(200));
    assertThat(p.backoff(2)).isEqualTo(Duration.ofMillis(400));
    assertThat(p.backoff(3)).isEqualTo(Duration.ofMillis(800));
    assertThat(p.backoff(6)).isEqualTo(Duration.ofMillis(5000));
    assertThat(p.backoff(30)).isEqualTo(Duration.ofMillis(5000));
  }

  @Test
  void jitterStaysWithinItsBounds() {
    RetryPolicy low = RetryPolicy.builder().random(() -> 0.999999).build();
    RetryPolicy high = RetryPolicy.builder().random(() -> 0.0).build();
    assertThat(low.backoff(2)).isEqualTo(Duration.ofMillis(200)); // 400 * (1 - 0.5)
    assertThat(high.backoff(2)).isEqualTo(Duration.ofMillis(400));
    RetryPolicy real = RetryPolicy.defaults();
    for (int i = 0; i < 1000; i++) {
      assertThat(real.backoff(3)).isBetween(Duration.ofMillis(400), Duration.ofMillis(800));
    }
  }

  static Stream<Arguments> badPolicies() {
    return Stream.of(
        Arguments.of((UnaryOperator<RetryPolicy.Builder>) b -> b.maxAttempts(0), "maxAttempts"),
        Arguments.of((UnaryOperator<RetryPolicy.Builder>) b -> b.maxAttempts(-3), "maxAttempts"),
        Arguments.of((UnaryOperator<RetryPolicy.Builder>) b -> b.initialBackoff(Duration.ZERO), "initialBackoff"),
        Arguments.of((UnaryOperator<RetryPolicy.Builder>) b -> b.maxBackoff(Duration.ofMillis(-1)), "maxBackoff"),
        Arguments.of(
            (UnaryOperator<RetryPolicy.Builder>) b -> b.maxBackoff(Duration.ofMillis(100)), "below initialBackoff"),
        Arguments.of((UnaryOperator<RetryPolicy.Builder>) b -> b.jitter(1.5), "jitter"),
        Arguments.of((UnaryOperator<RetryPolicy.Builder>) b -> b.jitter(-0.1), "jitter"),
        Arguments.of((UnaryOperator<RetryPolicy.Builder>) b -> b.retryAfterCap(Duration.ZERO), "retryAfterCap"));
  }

  @ParameterizedTest
  @MethodSource("badPolicies")
  void zeroOrNegativeValuesFailAtBuild(UnaryOperator<RetryPolicy.Builder> change, String fragment) {
    assertThatThrownBy(() -> change.apply(RetryPolicy.builder()).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(fragment);
  }

  @Test
  void rateLimitReservesBurstThenSpacesPermits() {
    RateLimit limit = RateLimit.perSecond(5, 5);
    for (int i = 0; i < 5; i++) {
      assertThat(limit.reserve()).as("permit %d of the burst", i).isZero();
    }
    Duration sixth = limit.reserve();
    assertThat(sixth).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
    for (int i = 0; i < 4; i++) {
      limit.reserve();
    }
    assertThat(limit.reserve()).as("the 11th waits for the second refill").isGreaterThan(sixth);
    assertThat(RateLimit.unlimited().reserve()).isZero();
    assertThatThrownBy(() -> RateLimit.perSecond(0, 5)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> RateLimit.perSecond(5, 0)).isInstanceOf(InvalidInputException.class);
  }
}

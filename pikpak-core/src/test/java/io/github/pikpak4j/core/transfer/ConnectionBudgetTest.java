package io.github.pikpak4j.core.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.pikpak4j.api.InvalidInputException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectionBudgetTest {
  @ParameterizedTest
  @CsvSource({"0, 16", "9, 16", "8, 7", "4, 257", "-1, 1"})
  void rejectsLimitsOutOfRange(int perLink, int total) {
    assertThatThrownBy(() -> ConnectionBudget.of(perLink, total)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void defaultsAreEightPerLinkAndSixteenInAll() {
    ConnectionBudget b = ConnectionBudget.defaults();
    assertThat(b.perLink()).isEqualTo(8);
    assertThat(b.total()).isEqualTo(16);
  }

  @Test
  void aLinkBeyondItsLimitWaitsUntilAPermitIsReturned() throws Exception {
    ConnectionBudget b = ConnectionBudget.of(1, 2);
    ConnectionBudget.Permit first = b.acquire("a");
    ConnectionBudget.Permit other = b.acquire("b");
    CompletableFuture<ConnectionBudget.Permit> waiting = CompletableFuture.supplyAsync(() -> {
      try {
        return b.acquire("a");
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(b.inUse()).isEqualTo(2);
    first.close();
    first.close();
    ConnectionBudget.Permit second = waiting.get(5, TimeUnit.SECONDS);
    assertThat(b.inUse()).isEqualTo(2);
    assertThat(b.peak()).isEqualTo(2);
    second.close();
    other.close();
    assertThat(b.inUse()).isZero();
  }

  @Test
  void optionsRejectMoreThanEightConnections() {
    assertThatThrownBy(() -> DownloadOptions.builder().connections(9).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("between 1 and 8");
    assertThat(DownloadOptions.defaults().connections()).isEqualTo(4);
  }
}

package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescloud.model.error.ApiError;
import dev.salescloud.model.error.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The guard the loopback tests rely on fails when a secret leaks, so their silence means something. */
class SecretGuardTest {
  final SecretGuard guard = new SecretGuard("s3cr3t");

  @Test
  void failsWhenACaughtExceptionOrItsCauseCarriesTheSecret() {
    guard.beforeEach(null);
    guard.assertThatThrownBy(() -> {
      throw new IllegalStateException("outer", new RuntimeException("inner s3cr3t"));
    });

    assertThatThrownBy(() -> guard.afterEach(null)).isInstanceOf(AssertionError.class).hasMessageContaining("s3cr3t");
  }

  @Test
  void failsWhenAnApiErrorCarriesTheSecret() {
    guard.beforeEach(null);
    guard.assertThatThrownBy(() -> {
      throw new ApiException(400, List.of(ApiError.of("X", "has s3cr3t")), "GET", "/p", "");
    });

    assertThatThrownBy(() -> guard.afterEach(null)).isInstanceOf(AssertionError.class);
  }

  @Test
  void failsWhenALogLineCarriesTheSecret() {
    guard.beforeEach(null);
    LoggerFactory.getLogger(SecretGuardTest.class).debug("token {}", "s3cr3t");

    assertThatThrownBy(() -> guard.afterEach(null)).isInstanceOf(AssertionError.class);
  }

  @Test
  void passesWhenNothingLeaks() {
    guard.beforeEach(null);
    LoggerFactory.getLogger(SecretGuardTest.class).debug("token {}", "***");
    guard.assertThatThrownBy(() -> {
      throw new IllegalStateException("nothing here");
    });

    guard.afterEach(null);
    assertThat(guard.exceptionsSeen()).isEqualTo(1);
  }

  @Test
  void insistsThatTheCallThrows() {
    guard.beforeEach(null);

    assertThatThrownBy(() -> guard.assertThatThrownBy(() -> {})).isInstanceOf(AssertionError.class);
    guard.afterEach(null);
  }
}

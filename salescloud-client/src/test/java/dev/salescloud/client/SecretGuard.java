package dev.salescloud.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescloud.model.error.ApiException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Checks after each test that no secret reached an exception or a log line: every exception the
 * test caught through {@link #assertThatThrownBy(ThrowingCallable)} (with its causes and
 * suppressed exceptions: message, {@code toString()}, Salesforce errors, path) and every event
 * logged on the test's thread. Register it with {@code @RegisterExtension}.
 */
final class SecretGuard implements BeforeEachCallback, AfterEachCallback {
  private final List<String> secrets;
  private final List<Throwable> thrown = Collections.synchronizedList(new ArrayList<>());
  private LogCapture log;

  SecretGuard(String... secrets) {
    this.secrets = List.of(secrets);
  }

  /** Like AssertJ's, and keeps the exception to scan it after the test. */
  AbstractThrowableAssert<?, ? extends Throwable> assertThatThrownBy(ThrowingCallable call) {
    Throwable t = Assertions.catchThrowable(call);
    if (t == null) {
      throw new AssertionError("Expected the call to throw, but it returned normally");
    }
    thrown.add(t);
    return assertThat(t);
  }

  /** The events logged on the test's thread so far. */
  LogCapture log() {
    return log;
  }

  /** How many exceptions the test handed over. */
  int exceptionsSeen() {
    return thrown.size();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    thrown.clear();
    log = LogCapture.start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      for (Throwable t : thrown) {
        for (String text : texts(t)) {
          for (String secret : secrets) {
            assertThat(text).as("an exception's text").doesNotContain(secret);
          }
        }
      }
      for (LogCapture.Event event : log.events()) {
        for (String secret : secrets) {
          assertThat(event.message()).as("a log line").doesNotContain(secret);
          if (event.thrown() != null) {
            texts(event.thrown()).forEach(
                text -> assertThat(text).as("a logged exception").doesNotContain(secret));
          }
        }
      }
    } finally {
      log.close();
    }
  }

  private static List<String> texts(Throwable root) {
    List<String> texts = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> todo = new ArrayList<>(List.of(root));
    while (!todo.isEmpty()) {
      Throwable t = todo.remove(todo.size() - 1);
      if (!seen.add(t)) {
        continue;
      }
      texts.add(String.valueOf(t.getMessage()));
      texts.add(t.toString());
      if (t instanceof ApiException) {
        ApiException api = (ApiException) t;
        texts.add(api.path());
        api.errors().forEach(e -> texts.add(e.toString()));
      }
      if (t.getCause() != null) {
        todo.add(t.getCause());
      }
      todo.addAll(List.of(t.getSuppressed()));
    }
    return texts;
  }
}

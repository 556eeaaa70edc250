package dev.salescloud.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.slf4j.event.Level;

/**
 * The log events of one thread between {@link #start()} and {@link #close()}, as the test
 * binding ({@link CapturingLogProvider}) formats them. Thread-confined: tests on other threads
 * do not see each other's events.
 */
final class LogCapture implements AutoCloseable {
  private static final ThreadLocal<LogCapture> OPEN = new ThreadLocal<>();

  /** One formatted event. */
  record Event(String logger, Level level, String message, Throwable thrown) {}

  private final List<Event> events = new CopyOnWriteArrayList<>();

  private LogCapture() {}

  /** Starts capturing the current thread's events, replacing an earlier capture. */
  static LogCapture start() {
    LogCapture capture = new LogCapture();
    OPEN.set(capture);
    return capture;
  }

  static void record(String logger, Level level, String message, Throwable thrown) {
    LogCapture capture = OPEN.get();
    if (capture != null) {
      capture.events.add(new Event(logger, level, message, thrown));
    }
  }

  List<Event> events() {
    return List.copyOf(events);
  }

  /** The messages of the events of one logger. */
  List<String> messages(Class<?> logger) {
    return events.stream()
        .filter(e -> e.logger().equals(logger.getName()))
        .map(Event::message)
        .collect(Collectors.toList());
  }

  @Override
  public void close() {
    if (OPEN.get() == this) {
      OPEN.remove();
    }
  }
}

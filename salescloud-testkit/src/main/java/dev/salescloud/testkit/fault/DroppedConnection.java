package dev.salescloud.testkit.fault;

import dev.salescloud.client.transport.HttpRequest;
import dev.salescloud.client.transport.HttpResponse;
import dev.salescloud.model.error.TransportException;
import java.util.Optional;

/**
 * The connection breaks after the request was sent and before any answer: a {@link
 * TransportException} with {@code requestSent() == true}, since a client cannot tell whether the
 * org executed the call (this one did not). The in-process transport lets it through to the
 * client; the HTTP emulator closes the socket.
 */
final class DroppedConnection implements Injection {
  /** Raises the transport failure; never answers. */
  @Override
  public Optional<HttpResponse> inject(HttpRequest request, Faults org) {
    throw new TransportException(
        request.method() + " " + request.uri().getRawPath()
            + ": connection reset before an answer arrived (fault injected by the fake org)",
        true,
        -1,
        null);
  }

  /** Names the fault. */
  @Override
  public String toString() {
    return "dropped connection";
  }
}

package dev.salescloud.client.transport;

import dev.salescloud.model.error.TransportException;

/**
 * The one seam between the client and the network: send a request, return the response.
 *
 * <p>The client does everything else (authentication, retries, error mapping, limits) above this
 * interface, so a transport only moves bytes. {@link JdkTransport} is the default, on {@code
 * java.net.http.HttpClient}; the test kit plugs in an in-process transport that answers from a
 * fake org without sockets.
 *
 * <p>Implementations MUST be thread-safe: one transport serves every thread of a client. Any
 * HTTP status is a response, not an exception; only failures to exchange are exceptions.
 *
 * <pre>{@code
 * Transport recording = request -> {
 *   log(request);                     // method and path only
 *   return delegate.send(request);
 * };
 * }</pre>
 */
@FunctionalInterface
public interface Transport extends AutoCloseable {

  /**
   * Sends a request and waits for the whole response.
   *
   * @param request the request
   * @return the response, whatever its status
   * @throws TransportException if no response arrived: connection refused or reset, timeout,
   *     interrupted; {@link TransportException#requestSent()} says whether the request may have
   *     reached the server
   */
  HttpResponse send(HttpRequest request);

  /** Releases what the transport owns; the default does nothing. */
  @Override
  default void close() {}
}

package dev.salescloud.testkit.emulator;

import com.sun.net.httpserver.HttpServer;
import dev.salescloud.client.transport.Transport;
import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.testkit.FakeSalesCloud;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake Salesforce org over real HTTP: a server on a local port that answers Salesforce's REST API
 * from a {@link FakeSalesCloud}, so that any client, not only this SDK, can use the fake org
 * unmodified: jsforce, simple-salesforce, the Salesforce CLI, curl.
 *
 * <h2>Starting and stopping</h2>
 * <p>It listens on 127.0.0.1 unless told otherwise; port 0 picks a free port. Point a client at
 * {@link #baseUri()} with a token of the org:
 *
 * <pre>{@code
 * FakeSalesCloud org = FakeSalesCloud.create();
 * try (Emulator emulator = Emulator.start(org)) {      // 127.0.0.1, a free port
 *   SalesCloudClient client = SalesCloudClient.builder()
 *       .credentials(StaticCredentials.of(org.accessToken(), emulator.baseUri()))
 *       .build();
 *   client.leads().create(Lead.builder().lastName("Ng").company("Acme").build());
 * }
 * }</pre>
 *
 * <p>From a shell, {@code java -jar salescloud-emulator.jar --port 8080} does the same
 * ({@link EmulatorMain}).
 *
 * <h2>What it answers</h2>
 * <p>Every request goes to the org's {@link FakeSalesCloud#router() router}, with all its
 * headers, its query string and its body; every answer goes back with its status, headers and
 * body ({@code Content-Length} on answers with a body, none on 204). On top of the router:
 * <ul>
 *   <li>The path is read from the raw request target, so {@code //services/data/v66.0/...} (the
 *       Salesforce CLI sends it when its instance URL ends in a slash) is answered like
 *       {@code /services/data/v66.0/...}, as Salesforce answers it.
 *   <li>A body over {@link #MAX_BODY_BYTES} (Salesforce's REST limit, 50 MB) is refused as
 *       Salesforce refuses it: 400
 *       {@code [{"message":"Maximum size of request reached. Maximum size of request is 52428800
 *       bytes.","errorCode":"JSON_PARSER_ERROR"}]}; the body is read to its end and thrown away, so
 *       the client gets the answer and the connection stays open.
 *   <li>If the router fails, the answer is 500 {@code UNKNOWN_EXCEPTION} with an error id, never a
 *       stack trace; the failure is logged under that id.
 *   <li>If the handler throws {@link dev.salescloud.model.error.TransportException}, the connection
 *       is closed without an answer, as a dropped connection would be.
 *   <li>{@code HEAD} is answered like {@code GET} without the body.
 * </ul>
 *
 * <h2>Threads</h2>
 * <p>Requests are served by a fixed pool of threads (8 unless set), so several clients can call at
 * once; the org is thread-safe. {@link #close()} stops the server and its threads; it may be called
 * more than once. The JDK server is created with {@code sun.net.httpserver.nodelay=true}, set by
 * this class: without it every call waits about 40 ms for a delayed ACK.
 */
public final class Emulator implements AutoCloseable {
  /** The largest request body answered, in bytes: Salesforce's REST limit of 50 MB. */
  public static final int MAX_BODY_BYTES = 52_428_800;
  /** The address listened on unless another is given: the loopback interface. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  static {
    // Read once by the JDK server, when the first server is created in this JVM.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService threads;
  private final URI baseUri;
  private final AtomicBoolean closed = new AtomicBoolean();

  private Emulator(HttpServer server, ExecutorService threads, URI baseUri) {
    this.server = server;
    this.threads = threads;
    this.baseUri = baseUri;
  }

  /**
   * Starts an emulator of an org on 127.0.0.1 and a free port.
   *
   * @param org the org to serve
   * @return the running emulator
   * @throws UncheckedIOException if the server cannot listen
   */
  public static Emulator start(FakeSalesCloud org) {
    return builder(org).start();
  }

  /**
   * Starts an emulator of an org on an address.
   *
   * @param org the org to serve
   * @param host the address to listen on, e.g. {@code 127.0.0.1}
   * @param port the port, or 0 for a free one
   * @return the running emulator
   * @throws UncheckedIOException if the server cannot listen there
   */
  public static Emulator start(FakeSalesCloud org, String host, int port) {
    return builder(org).host(host).port(port).start();
  }

  /**
   * Starts options for an emulator of an org, answering from its router.
   *
   * @param org the org to serve
   * @return a builder
   */
  public static Builder builder(FakeSalesCloud org) {
    FakeSalesCloud checked = InvalidArgumentException.requireNonNull(org, "org");
    return new Builder(checked.router()::handle);
  }

  /**
   * Starts options for an emulator answering from any handler, such as an org's router wrapped
   * with faults or recording. The handler is called on the emulator's threads, so it must be
   * thread-safe; the emulator never closes it.
   *
   * @param handler answers each request
   * @return a builder
   */
  public static Builder builder(Transport handler) {
    return new Builder(InvalidArgumentException.requireNonNull(handler, "handler"));
  }

  /**
   * The URL to give clients as the org's instance URL.
   *
   * @return e.g. {@code http://127.0.0.1:50113}, without a trailing slash
   */
  public URI baseUri() {
    return baseUri;
  }

  /**
   * The port listened on; the one picked when 0 was asked.
   *
   * @return the port
   */
  public int port() {
    return baseUri.getPort();
  }

  /**
   * Stops listening, closes open connections and ends the emulator's threads. Calling it again
   * does nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    server.stop(0);
    threads.shutdown();
    try {
      if (!threads.awaitTermination(2, TimeUnit.SECONDS)) {
        threads.shutdownNow();
      }
    } catch (InterruptedException e) {
      threads.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Shows the address and whether it is running. */
  @Override
  public String toString() {
    return "Emulator{" + baseUri + (closed.get() ? ", closed" : "") + "}";
  }

  /** Options for an emulator; not thread-safe. */
  public static final class Builder {
    private final Transport handler;
    private String host = DEFAULT_HOST;
    private int port;
    private int threads = 8;
    private int maxBodyBytes = MAX_BODY_BYTES;

    private Builder(Transport handler) {
      this.handler = handler;
    }

    /**
     * Sets the address to listen on.
     *
     * @param host a host name or IP address; {@value Emulator#DEFAULT_HOST} unless set
     * @return this builder
     */
    public Builder host(String host) {
      InvalidArgumentException.requireNonNull(host, "host");
      if (host.isBlank()) {
        throw new InvalidArgumentException("host", "The host must not be blank");
      }
      this.host = host.trim();
      return this;
    }

    /**
     * Sets the port to listen on.
     *
     * @param port 1 to 65535, or 0 (the default) for a free port
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new InvalidArgumentException("port", "The port must be 0 to 65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Sets how many requests are served at once; more wait their turn.
     *
     * @param threads 1 to 256; 8 unless set
     * @return this builder
     */
    public Builder threads(int threads) {
      if (threads < 1 || threads > 256) {
        throw new InvalidArgumentException("threads", "The threads must be 1 to 256, not " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Sets the largest request body answered; larger ones are refused as Salesforce refuses them.
     *
     * @param maxBodyBytes at least 1; {@link Emulator#MAX_BODY_BYTES} unless set
     * @return this builder
     */
    public Builder maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes < 1) {
        throw new InvalidArgumentException(
            "maxBodyBytes", "The body limit must be at least 1 byte, not " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * Starts listening.
     *
     * @return the running emulator
     * @throws InvalidArgumentException if the host cannot be resolved
     * @throws UncheckedIOException if the server cannot listen, e.g. the port is taken
     */
    public Emulator start() {
      InetSocketAddress address = new InetSocketAddress(host, port);
      if (address.isUnresolved()) {
        throw new InvalidArgumentException("host", "Unknown host: " + host);
      }
      HttpServer server;
      try {
        server = HttpServer.create(address, 0);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
      }
      String literal = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
      String authority = literal + ":" + server.getAddress().getPort();
      ExecutorService pool = Executors.newFixedThreadPool(threads, new DaemonThreads());
      server.setExecutor(pool);
      server.createContext("/", new ExchangeHandler(handler, maxBodyBytes, authority));
      server.start();
      return new Emulator(server, pool, URI.create("http://" + authority));
    }

    /** Shows the options. */
    @Override
    public String toString() {
      return "Emulator.Builder{" + host + ":" + port + ", " + threads + " threads}";
    }
  }

  /** Names the emulator's threads and lets the JVM exit while they wait for work. */
  private static final class DaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    /** A daemon thread named {@code salescloud-emulator-N}. */
    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "salescloud-emulator-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}

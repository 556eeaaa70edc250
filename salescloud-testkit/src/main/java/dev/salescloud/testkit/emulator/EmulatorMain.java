package dev.salescloud.testkit.emulator;

import dev.salescloud.model.error.InvalidArgumentException;
import dev.salescloud.testkit.FakeSalesCloud;
import dev.salescloud.testkit.oauth.ConnectedApp;
import dev.salescloud.testkit.seed.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The emulator's command line: starts an {@link Emulator} of a new, empty {@link FakeSalesCloud}
 * and serves it until the process is stopped (Ctrl-C or {@code SIGTERM} close it cleanly).
 *
 * <pre>
 * $ java -jar salescloud-testkit/target/salescloud-emulator.jar --port 8080
 * Salesforce emulator listening on http://127.0.0.1:8080
 * </pre>
 *
 * <p>The first line on standard output is always {@code Salesforce emulator listening on <url>},
 * so a script or a test can start it with {@code --port 0} and read the port from that line.
 * {@code --help} lists the options, {@code --version} prints the version; a wrong option prints
 * the usage and exits with 2.
 *
 * <h2>In process</h2>
 * <p>Tests run the same command without a new JVM:
 *
 * <pre>{@code
 * EmulatorMain command = new EmulatorMain(out, err);
 * int exitCode = command.execute("--port", "0");     // prints the listening line to out
 * try (Emulator emulator = command.emulator().orElseThrow()) {
 *   ...
 * }
 * }</pre>
 */
@Command(name = "salescloud-emulator", mixinStandardHelpOptions = true, sortOptions = false)
public final class EmulatorMain implements Callable<Integer> {
  /** The port listened on unless {@code --port} is given. */
  public static final int DEFAULT_PORT = 8080;

  private static final String[] DESCRIPTION = {
    "Serves Salesforce's REST API over HTTP from a fake org in memory, for tests of any "
        + "Salesforce client (jsforce, simple-salesforce, the Salesforce CLI, curl).",
    "The first line on standard output says where it listens. Ctrl-C stops it."
  };

  private final PrintStream out;
  private final PrintStream err;
  private Emulator emulator;

  @Spec private CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_PORT,
      description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  private int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = Emulator.DEFAULT_HOST,
      description = "Address to listen on. Default: ${DEFAULT-VALUE}.")
  private String host;

  @Option(
      names = "--seed",
      paramLabel = "demo|empty",
      defaultValue = "empty",
      description = "Records the org starts with: 'demo' for a small sales org (accounts, contacts,"
          + " leads, opportunities across stages and quarters, tasks, events, and reports over them)."
          + " Default: ${DEFAULT-VALUE}.")
  private String seed;

  @Option(
      names = "--client-id",
      paramLabel = "ID",
      defaultValue = ConnectedApp.DEFAULT_CLIENT_ID,
      description = "The Connected App's client id (consumer key). Default: ${DEFAULT-VALUE}.")
  private String clientId;

  @Option(
      names = "--client-secret",
      paramLabel = "SECRET",
      defaultValue = ConnectedApp.DEFAULT_CLIENT_SECRET,
      description = "The Connected App's client secret. Default: ${DEFAULT-VALUE}.")
  private String clientSecret;

  @Option(
      names = "--username",
      paramLabel = "USER",
      defaultValue = ConnectedApp.DEFAULT_USERNAME,
      description = "The org's user. Default: ${DEFAULT-VALUE}.")
  private String username;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      defaultValue = ConnectedApp.DEFAULT_PASSWORD,
      description = "The user's password. Default: ${DEFAULT-VALUE}.")
  private String password;

  @Option(
      names = "--callback-url",
      paramLabel = "URL",
      description = "A callback URL the authorize endpoint accepts besides any http://localhost:*"
          + " and http://127.0.0.1:* one; repeatable.")
  private List<java.net.URI> callbackUrls = new ArrayList<>();

  @Option(
      names = "--jwt-certificate",
      paramLabel = "FILE",
      description = "The X.509 certificate (PEM) whose key signs JWT bearer assertions.")
  private Path jwtCertificate;

  @Option(
      names = "--rotate-refresh-tokens",
      description = "Answer each refresh with a new refresh token and retire the old one.")
  private boolean rotateRefreshTokens;

  @Option(
      names = "--session-timeout",
      paramLabel = "MINUTES",
      defaultValue = "120",
      description = "Minutes a session lives without a request. Default: ${DEFAULT-VALUE}.")
  private long sessionTimeoutMinutes;

  /**
   * A command writing to the given streams.
   *
   * @param out where the listening line, {@code --help} and {@code --version} go
   * @param err where usage errors and failures go
   */
  public EmulatorMain(PrintStream out, PrintStream err) {
    this.out = InvalidArgumentException.requireNonNull(out, "out");
    this.err = InvalidArgumentException.requireNonNull(err, "err");
  }

  /**
   * Runs the emulator from a shell: serves until the process is stopped. Exits at once with 0
   * after {@code --help} or {@code --version}, with 2 on a wrong option and with 1 when it cannot
   * listen.
   *
   * @param args the options, e.g. {@code --port 0 --host 127.0.0.1}
   */
  public static void main(String[] args) {
    EmulatorMain command = new EmulatorMain(System.out, System.err);
    int exitCode = command.execute(args);
    Optional<Emulator> running = command.emulator();
    if (running.isEmpty()) {
      System.exit(exitCode);
      return;
    }
    Runtime.getRuntime()
        .addShutdownHook(new Thread(running.get()::close, "salescloud-emulator-shutdown"));
  }

  /**
   * Parses the options and, unless they ask for help or the version, starts the emulator and
   * prints the listening line. The emulator keeps running after this returns; get it from
   * {@link #emulator()}.
   *
   * @param args the options
   * @return the exit code: 0 when started or after help, 2 for a wrong option, 1 when the
   *     emulator cannot listen
   */
  public int execute(String... args) {
    InvalidArgumentException.requireNonNull(args, "args");
    CommandLine commandLine = new CommandLine(this);
    commandLine.getCommandSpec().versionProvider(new Version());
    commandLine.getCommandSpec().usageMessage().description(DESCRIPTION);
    commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("salescloud-emulator: " + e.getMessage());
          cmd.getErr().flush();
          return CommandLine.ExitCode.SOFTWARE;
        });
    return commandLine.execute(args);
  }

  /**
   * The emulator the last {@link #execute(String...)} started.
   *
   * @return the running emulator; empty if none was started
   */
  public Optional<Emulator> emulator() {
    return Optional.ofNullable(emulator);
  }

  /**
   * Starts the emulator from the parsed options and prints the listening line; called by
   * {@link #execute(String...)} once the options are parsed.
   *
   * @return 0
   */
  @Override
  public Integer call() {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '--port': " + port + " is not 0 to 65535");
    }
    emulator = Emulator.builder(org()).host(host).port(port).start();
    out.println("Salesforce emulator listening on " + emulator.baseUri());
    out.flush();
    return CommandLine.ExitCode.OK;
  }

  /** The org to serve, built from the options. */
  private FakeSalesCloud org() {
    Seed start;
    try {
      start = Seed.named(seed);
    } catch (InvalidArgumentException e) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--seed': " + e.getMessage());
    }
    if (sessionTimeoutMinutes < 1) {
      throw new ParameterException(spec.commandLine(),
          "Invalid value for option '--session-timeout': " + sessionTimeoutMinutes + " is not at least 1");
    }
    ConnectedApp.Builder app = ConnectedApp.builder()
        .clientId(clientId)
        .clientSecret(clientSecret)
        .username(username)
        .password(password)
        .rotateRefreshTokens(rotateRefreshTokens);
    callbackUrls.forEach(app::callbackUrl);
    if (jwtCertificate != null) {
      try {
        app.jwtCertificatePem(Files.readString(jwtCertificate));
      } catch (IOException e) {
        throw new ParameterException(spec.commandLine(),
            "Invalid value for option '--jwt-certificate': cannot read " + jwtCertificate);
      } catch (InvalidArgumentException e) {
        throw new ParameterException(spec.commandLine(),
            "Invalid value for option '--jwt-certificate': " + e.getMessage());
      }
    }
    return FakeSalesCloud.builder()
        .seed(start)
        .connectedApp(app.build())
        .sessionTimeout(Duration.ofMinutes(sessionTimeoutMinutes))
        .build();
  }

  /** Describes the options, never a secret. */
  @Override
  public String toString() {
    return "EmulatorMain{" + host + ":" + port + ", seed=" + seed + ", clientId=" + clientId + "}";
  }

  /** Reads the version Maven wrote into {@code emulator.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    /** The version line, e.g. {@code salescloud-emulator 0.1.0}. */
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = EmulatorMain.class.getResourceAsStream("emulator.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {
        "salescloud-emulator " + properties.getProperty("version", "(unknown version)")
      };
    }
  }
}

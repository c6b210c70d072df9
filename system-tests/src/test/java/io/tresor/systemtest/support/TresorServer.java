package io.tresor.systemtest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The one Tresor of a test run, started the way an operator starts it: {@code tresor run --demo}
 * on a wiped data directory. JUnit creates this listener once per launcher session (one per
 * failsafe fork), so every IT class shares the server; it starts on the first {@link #get()},
 * so a run that selects no system test starts nothing, and it stops when the session closes.
 */
public final class TresorServer implements LauncherSessionListener {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

    private static final Object LOCK = new Object();
    /** The listener of the open session; guarded by LOCK. */
    private static TresorServer session;

    /** Volatile because the shutdown hook may stop the server from another thread. */
    private volatile LauncherProcess launcher;
    private Thread shutdownHook;
    private Api api;
    private Map<String, String> credentials;
    /** Kept so that every later test class fails at once instead of waiting five minutes again. */
    private RuntimeException startFailure;

    /** The running server, started on the first call of the session. */
    public static TresorServer get() {
        synchronized (LOCK) {
            if (session == null) {
                throw new IllegalStateException("No JUnit launcher session: is META-INF/services/"
                        + LauncherSessionListener.class.getName() + " on the test class path?");
            }
            session.startOnce();
            return session;
        }
    }

    @Override
    public void launcherSessionOpened(LauncherSession launcherSession) {
        synchronized (LOCK) {
            session = this;
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession launcherSession) {
        synchronized (LOCK) {
            stop();
            removeShutdownHook();
            session = null;
        }
    }

    public URI baseUrl() {
        return URI.create("https://localhost:" + httpsPort());
    }

    /** The HTTPS port; the launcher and the tests read the same variable, so they agree. */
    public static int httpsPort() {
        return port("TRESOR_HTTPS_PORT", 8443);
    }

    public static int httpPort() {
        return port("TRESOR_HTTP_PORT", 8080);
    }

    public Api api() {
        return api;
    }

    /** A value from {@code initial-credentials.txt}, e.g. {@code demo.customer.integrator.client_id}. */
    public String credential(String key) {
        String value = credentials.get(key);
        if (value == null) {
            // Keys only: the values are secrets and would end up in test reports.
            throw new IllegalArgumentException("No credential " + key + "; the file has " + credentials.keySet());
        }
        return value;
    }

    /** TLS trusting exactly the server's certificate, for clients other than {@link #api()} (e.g. SOAP). */
    public SSLContext tls() {
        return ServerCertificate.trustStore(home());
    }

    /** The server's TLS certificate as a PEM file, for command-line clients (curl --cacert) that pin it too. */
    public Path serverCertificatePem() {
        Path pem = buildDirectory().resolve("server-certificate.pem");
        ServerCertificate.writePem(home(), pem);
        return pem;
    }

    /** Payara's log, for tests that look for what the server wrote. */
    public Path serverLog() {
        return home().resolve("logs/server.log");
    }

    /** Failsafe runs in the module directory, so this is the module's {@code target}. */
    public static Path buildDirectory() {
        return Path.of("target").toAbsolutePath();
    }

    /** The data directory of the running server (mail outbox, credentials, logs). */
    public static Path home() {
        return Path.of(System.getProperty("tresor.home", "target/tresor-home")).toAbsolutePath();
    }

    /**
     * Beside the data directory and named after it, so a second suite with a home of its own
     * keeps its own log; the default home gives {@code target/tresor-launcher.log}.
     */
    private static Path launcherLog() {
        String name = home().getFileName().toString().replaceFirst("-home$", "");
        return home().resolveSibling(name + "-launcher.log");
    }

    private void startOnce() {
        if (startFailure != null) {
            throw startFailure;
        }
        if (launcher != null) {
            return;
        }
        try {
            start();
        } catch (RuntimeException e) {
            stop();
            startFailure = e;
            throw e;
        }
    }

    private void start() {
        Path script = Path.of(System.getProperty("tresor.root", "..")).toAbsolutePath().normalize().resolve("tresor");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException(script + " is missing or not executable; is tresor.root the repository root?");
        }
        // Otherwise the tests would quietly run against somebody else's Tresor.
        requireFree(httpsPort(), "TRESOR_HTTPS_PORT");
        requireFree(httpPort(), "TRESOR_HTTP_PORT");
        try {
            deleteRecursively(home());
            Files.createDirectories(home());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + home(), e);
        }
        Instant started = Instant.now();
        launcher = LauncherProcess.start(script, home(), launcherLog());
        // Covers a JVM that ends without closing the session, e.g. Ctrl-C on Maven.
        shutdownHook = new Thread(this::stop, "tresor-server-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        awaitReady(launcher);
        credentials = readCredentials(home().resolve("initial-credentials.txt"));
        System.err.println("TresorServer: ready at " + baseUrl() + " after "
                + Duration.between(started, Instant.now()).toSeconds() + " s; launcher log " + launcher.log());
    }

    /** Ready means both: the launcher said so, and the application itself answers ready. */
    private void awaitReady(LauncherProcess process) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        try {
            while (!(process.saidReady() && readinessAnswers())) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Tresor did not become ready within " + START_TIMEOUT.toSeconds()
                            + " s; " + process.log() + " ends with:\n" + process.logTail());
                }
                // The poll interval, and at the same time the check that the launcher still runs.
                if (process.awaitExit(POLL_INTERVAL)) {
                    throw new IllegalStateException("The launcher exited with " + process.exitValue()
                            + " during start-up; " + process.log() + " ends with:\n" + process.logTail());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Tresor", e);
        }
    }

    private boolean readinessAnswers() {
        if (api == null) {
            // The launcher created the certificate before it said "running", so it can be read now.
            api = new Api(baseUrl(), ServerCertificate.trustStore(home()));
        }
        try {
            return api.get("/health/ready").statusCode() == 200;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    private void stop() {
        LauncherProcess process = launcher;
        if (process == null) {
            return;
        }
        launcher = null;
        if (!process.stop(STOP_TIMEOUT)) {
            System.err.println("TresorServer: Tresor did not stop within " + STOP_TIMEOUT.toSeconds()
                    + " s of SIGTERM and was killed; see " + serverLog());
        }
    }

    private void removeShutdownHook() {
        if (shutdownHook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException jvmAlreadyShuttingDown) {
            // The hook is running or about to; it finds nothing left to stop.
        }
        shutdownHook = null;
    }

    /** key=value lines; split at the first '=' only, since a secret may contain more. */
    private static Map<String, String> readCredentials(Path file) {
        try {
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (!line.startsWith("#") && equals > 0) {
                    values.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
                }
            }
            return values;
        } catch (IOException e) {
            // The first start writes the file only into an empty database; a reused PostgreSQL one has none.
            throw new UncheckedIOException("Tresor is ready but " + file + " cannot be read; "
                    + "was the database empty (TRESOR_DB_URL must name a fresh one)?", e);
        }
    }

    private static void requireFree(int port, String variable) {
        boolean inUse;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 1000);
            inUse = true;
        } catch (IOException nothingListens) {
            inUse = false;
        }
        if (inUse) {
            throw new IllegalStateException("Port " + port + " is already in use (another Tresor?); set "
                    + variable + " to a free port for the system tests");
        }
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    /** A server home from an earlier run, gone. */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

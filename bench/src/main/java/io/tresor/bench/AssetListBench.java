package io.tresor.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The portal's asset list with a big installed base: starts Tresor with its launcher, stops it,
 * adds {@code bench.assets} assets (default 100,000) to one customer straight into its database,
 * starts it again, signs in as that customer's user and times full page requests of the list:
 * the first page, and pages filtered by a serial-number prefix and by type and status. Prints
 * p50, p95 and the slowest of {@code bench.samples} requests each (target: p95 under 300 ms).
 * H2 by default; with {@code -Dbench.db.url=jdbc:postgresql://...} in a database of its own,
 * where Tresor runs as in production: an owner role of the run migrates, and Tresor connects as an
 * application role of the run that row-level security binds. {@code -Dbench.db.rls=false} runs
 * Tresor as {@code bench.db.user} instead, a superuser whom row-level security does not bind, for
 * the figures without it. The roles and the database are dropped afterwards.
 */
final class AssetListBench {

    private static final int HTTPS_PORT = Integer.getInteger("bench.https-port", 9843);
    private static final String MUSTER = "Muster Vakuumtechnik GmbH";

    private AssetListBench() {
    }

    static void run() throws Exception {
        int assets = Integer.getInteger("bench.assets", 100_000);
        int samples = Integer.getInteger("bench.samples", 100);
        PrintStream out = System.out;
        Path home = Files.createTempDirectory("tresor-bench-assets");
        String external = System.getProperty("bench.db.url");
        String database = "bench_assets_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        String user = System.getProperty("bench.db.user", "postgres");
        boolean rls = !"false".equals(System.getProperty("bench.db.rls"));
        String owner = database + "_owner";
        String application = database + "_app";
        Map<String, String> env = new java.util.HashMap<>(Map.of("TRESOR_HTTPS_PORT", Integer.toString(HTTPS_PORT),
                "TRESOR_HTTP_PORT", Integer.getInteger("bench.http-port", 9880).toString()));
        String jdbcUrl;
        if (external != null && !external.isBlank()) {
            try (Connection c = DriverManager.getConnection(external, user, System.getProperty("bench.db.password", ""));
                 Statement s = c.createStatement()) {
                if (rls) {
                    // Trust authentication on loopback, as in CI: the roles need no passwords.
                    s.execute("CREATE ROLE " + owner + " LOGIN NOSUPERUSER NOBYPASSRLS");
                    s.execute("CREATE ROLE " + application + " LOGIN NOSUPERUSER NOBYPASSRLS");
                    s.execute("CREATE DATABASE " + database + " OWNER " + owner);
                } else {
                    s.execute("CREATE DATABASE " + database);
                }
            }
            jdbcUrl = external.substring(0, external.lastIndexOf('/') + 1) + database;
            env.putAll(rls ? Map.of("TRESOR_DB_URL", jdbcUrl, "TRESOR_DB_USER", application, "TRESOR_DB_OWNER_USER", owner)
                    : Map.of("TRESOR_DB_URL", jdbcUrl, "TRESOR_DB_USER", user));
        } else {
            jdbcUrl = "jdbc:h2:file:" + home.resolve("db/tresor");
        }
        out.printf("asset list with %,d assets of one customer, %s%n", assets, external == null ? "H2 (embedded)"
                : jdbcUrl + (rls ? " as role " + application + " (row-level security)" : " as " + user + " (no row-level security)"));
        boolean measured = false;
        try (RunningTresor tresor = new RunningTresor(RunningTresor.launcher(), home, env)) {
            long t = System.nanoTime();
            tresor.start();
            tresor.stop();
            out.printf("  first start with demo data and stop            %6.1f s%n", (System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            String[] filter;
            try (Connection c = connect(jdbcUrl, user, home)) {
                filter = seed(c, assets);
            }
            out.printf("  %,d assets written into the database          %6.1f s%n", assets, (System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            tresor.start();
            out.printf("  second start                                    %6.1f s%n", (System.nanoTime() - t) / 1e9);

            PortalSession customer = new PortalSession(HTTPS_PORT, home);
            customer.firstSignIn(tresor.credential("demo.customer_user.1.username"),
                    tresor.credential("demo.customer_user.1.password"), "Bench-" + UUID.randomUUID());
            String total = String.format("/ %d", assets + 20);
            measure(out, customer, samples, "first page (25 rows, sorted by serial number)", "/portal/assets/list.xhtml",
                    page -> page.contains(total));
            measure(out, customer, samples, "filtered by serial-number prefix (" + filter[0] + ")",
                    "/portal/assets/list.xhtml?serial=" + filter[0], page -> page.contains(filter[0]));
            measure(out, customer, samples, "filtered by type and status", "/portal/assets/list.xhtml?type=" + filter[1]
                    + "&status=MAINTENANCE", page -> page.contains("class=\"serial\""));
            measured = true;
        } finally {
            if (external != null && !external.isBlank()) {
                try (Connection c = DriverManager.getConnection(external, user, System.getProperty("bench.db.password", ""));
                     Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + database);
                    if (rls) {
                        s.execute("DROP ROLE IF EXISTS " + application);
                        s.execute("DROP ROLE IF EXISTS " + owner);
                    }
                }
            }
            if (measured && !Boolean.getBoolean("bench.keep")) {
                deleteRecursively(home);
            } else {
                out.println("  kept for a look (-Dbench.keep=true, or something went wrong): " + home);
            }
        }
    }

    private static Connection connect(String url, String user, Path home) throws SQLException, IOException {
        if (url.startsWith("jdbc:h2:")) {
            return DriverManager.getConnection(url, "tresor", Files.readString(home.resolve("db/h2.password")).strip());
        }
        return DriverManager.getConnection(url, user, System.getProperty("bench.db.password", ""));
    }

    /**
     * Adds the assets to the demo customer Muster, spread over its sites, the demo's types and
     * the statuses; returns a serial-number prefix matching about a hundred and a type id.
     */
    private static String[] seed(Connection c, int count) throws SQLException {
        c.setAutoCommit(false);
        String tenant = single(c, "SELECT id FROM tenant WHERE name = '" + MUSTER + "'");
        List<String> types = list(c, "SELECT id FROM asset_type ORDER BY name");
        List<String> sites = list(c, "SELECT id FROM site WHERE tenant_id = '" + tenant + "'");
        String[] statuses = {"IN_OPERATION", "IN_OPERATION", "IN_OPERATION", "MAINTENANCE", "OUT_OF_SERVICE"};
        SecureRandom random = new SecureRandom();
        OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
        try (PreparedStatement asset = c.prepareStatement("INSERT INTO asset (id, tenant_id, asset_type_id, serial_number,"
                + " site_id, installed_on, status, firmware_version, last_seen_at, created_at, version, serial_key)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)");
             PreparedStatement owner = c.prepareStatement("INSERT INTO asset_ownership (id, asset_id, tenant_id, owned_from)"
                     + " VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                String id = UUID.randomUUID().toString();
                asset.setString(1, id);
                asset.setString(2, tenant);
                asset.setString(3, types.get(i % types.size()));
                String serial = String.format("MU-B-%06d", i);
                asset.setString(4, serial);
                asset.setString(11, serial);
                asset.setString(5, sites.get(i % sites.size()));
                asset.setObject(6, LocalDate.of(2015 + i % 11, 1 + i % 12, 1 + i % 28));
                asset.setString(7, statuses[random.nextInt(statuses.length)]);
                asset.setString(8, "4." + (i % 7) + "." + (i % 13));
                asset.setObject(9, now.minusMinutes(random.nextInt(60 * 24 * 30)));
                asset.setObject(10, now);
                asset.addBatch();
                owner.setString(1, UUID.randomUUID().toString());
                owner.setString(2, id);
                owner.setString(3, tenant);
                owner.setObject(4, now);
                owner.addBatch();
                if (i % 1000 == 999) {
                    asset.executeBatch();
                    owner.executeBatch();
                    c.commit();
                }
            }
            asset.executeBatch();
            owner.executeBatch();
            c.commit();
        }
        // Six digits: the first four of a number in the middle pick a hundred assets.
        return new String[] {String.format("MU-B-%06d", count / 2).substring(0, 9), types.get(0)};
    }

    private static void measure(PrintStream out, PortalSession session, int samples, String what, String path,
                                Predicate<String> rendered) throws IOException, InterruptedException {
        for (int i = 0; i < 10; i++) {
            check(session.get(path), what, rendered);
        }
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            long t = System.nanoTime();
            HttpResponse<String> page = session.get(path);
            nanos[i] = System.nanoTime() - t;
            check(page, what, rendered);
        }
        Arrays.sort(nanos);
        out.printf("  %-58s p50 %5.0f ms  p95 %5.0f ms  max %5.0f ms   (target: p95 < 300 ms)%n", what,
                nanos[samples / 2] / 1e6, nanos[(int) Math.ceil(samples * 0.95) - 1] / 1e6, nanos[samples - 1] / 1e6);
    }

    private static void check(HttpResponse<String> page, String what, Predicate<String> rendered) {
        if (page.statusCode() != 200 || !rendered.test(page.body())) {
            Path saved;
            try {
                saved = Files.writeString(Files.createTempFile("tresor-bench-page-", ".html"), page.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new IllegalStateException(what + ": the page did not show what it should (HTTP " + page.statusCode()
                    + ", " + page.uri() + "); it is in " + saved);
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        return list(c, sql).get(0);
    }

    private static List<String> list(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}

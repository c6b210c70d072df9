package io.tresor.systemtest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The database of the in-container (Arquillian) tests: their own H2 file by default, or the
 * PostgreSQL database that {@code TRESOR_TEST_CONTAINER_DB_URL} names (CI's second run gives
 * them a fresh one beside the suite's), reached as the application's role
 * ({@code TRESOR_DB_USER}) and migrated by the owner role ({@code TRESOR_DB_OWNER_USER}), so that
 * row-level security is tested in the container too. Runs when the launcher session opens,
 * before Arquillian reads {@code arquillian.xml}, whose {@code ${tresor.container.*}} values it sets.
 */
public final class ContainerDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String url = System.getenv("TRESOR_TEST_CONTAINER_DB_URL");
        if (url == null || url.isBlank()) {
            return;
        }
        Path postboot = TresorServer.buildDirectory().resolve("arquillian/postboot-postgresql.asadmin");
        String password = Database.password().isEmpty() ? "()" : escape(Database.password());
        String commands = "create-jdbc-connection-pool --datasourceclassname=org.postgresql.ds.PGSimpleDataSource"
                + " --restype=javax.sql.DataSource --property url=" + escape(url.strip()) + ":user="
                + escape(Database.user()) + ":password=" + password + " tresor-pool\n"
                + "create-jdbc-resource --connectionpoolid=tresor-pool jdbc/tresor\n";
        try {
            Files.createDirectories(postboot.getParent());
            Files.writeString(postboot, commands, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path root = Path.of(System.getProperty("tresor.root", ".."));
        System.setProperty("tresor.container.postboot", postboot.toString());
        System.setProperty("tresor.container.addlibs",
                "--addlibs " + root.resolve("server-config/target/payara/lib/postgresql.jar").toAbsolutePath());
        String owner = System.getenv("TRESOR_DB_OWNER_USER");
        System.setProperty("tresor.container.jvm", owner == null || owner.isBlank() ? ""
                : "-Dtresor.db.owner-user=" + owner + " -Dtresor.db.owner-password=" + Database.ownerPassword());
    }

    /** asadmin property values: ':' and '=' separate properties, so they are escaped. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
    }
}

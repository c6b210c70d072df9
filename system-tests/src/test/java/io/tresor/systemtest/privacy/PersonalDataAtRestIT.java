package io.tresor.systemtest.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.application.platform.DemoInstalledBase;
import io.tresor.application.platform.FirstStart;
import io.tresor.systemtest.support.Database;
import io.tresor.systemtest.support.TresorServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Takes the whole database as a thief or a backup would see it (every file of the embedded
 * H2 database byte by byte, or {@code pg_dump} of PostgreSQL) after the demo data is loaded,
 * and looks for the demo people's names and e-mail addresses in it.
 */
class PersonalDataAtRestIT {

    private final TresorServer server = TresorServer.get();

    @Test
    void noDemoPersonsNameEmailAddressOrPhoneIsInTheDatabase() throws Exception {
        // Sign-ins first, so that rows have been updated too, not only inserted.
        server.api().token(server.credential("demo.customer.integrator.client_id"),
                server.credential("demo.customer.integrator.client_secret"));
        String dump = dump();

        // The scan can see plain text: company names are not personal data and are stored as they are.
        assertTrue(dump.contains("Muster Vakuumtechnik GmbH"), "the dump holds the database's plain text");

        List<String> personal = new ArrayList<>(List.of("admin@tresor.local", "Platform Admin"));
        FirstStart.DEMO_PEOPLE.forEach(p -> {
            personal.add(p.email());
            personal.add(p.name());
        });
        // Site contacts: address, name, e-mail address and phone number of each demo site.
        DemoInstalledBase.DEMO_CONTACTS.forEach(c -> personal.addAll(List.of(c.address(), c.name(), c.email(), c.phone())));
        assertEquals(FirstStart.DEMO_PEOPLE.size() * 2 + 2 + DemoInstalledBase.DEMO_CONTACTS.size() * 4, personal.size());
        assertTrue(dump.contains("Werk Freiburg"), "site names are not personal data and stored as they are");
        String lowerDump = dump.toLowerCase(Locale.ROOT);
        for (String value : personal) {
            assertFalse(lowerDump.contains(value.toLowerCase(Locale.ROOT)), () -> "found in the database: " + value);
        }
    }

    private String dump() throws IOException, InterruptedException {
        if (Database.postgresUrl().isPresent()) {
            URI db = Database.location();
            // The owner's dump of every row: row-level security binds the owner too (FORCE), so the
            // dump asks for it (--enable-row-security) with the reach of everything for its session.
            ProcessBuilder pg = new ProcessBuilder("pg_dump", "--no-owner", "--enable-row-security", "-h", db.getHost(),
                    "-p", Integer.toString(db.getPort() > 0 ? db.getPort() : 5432), "-U", Database.owner(),
                    db.getPath().substring(1));
            pg.environment().put("PGPASSWORD", Database.ownerPassword());
            pg.environment().put("PGOPTIONS", "-c tresor.reach=*");
            pg.redirectErrorStream(true);
            Process process = pg.start();
            byte[] out = process.getInputStream().readAllBytes();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, process.exitValue(), () -> new String(out, StandardCharsets.UTF_8));
            return new String(out, StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (Stream<Path> files = Files.walk(TresorServer.home().resolve("db"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.write(Files.readAllBytes(file));
            }
        }
        // H2 stores strings in a UTF-8 form; decoding the whole file keeps the readable runs.
        return all.toString(StandardCharsets.UTF_8);
    }
}

package io.tresor.systemtest.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tresor.application.identity.TokenService;
import io.tresor.application.platform.FirstStart;
import io.tresor.application.shared.Settings;
import io.tresor.domain.crypto.Personal;
import io.tresor.domain.crypto.Purpose;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cipher service inside a real Payara Micro, through the entities the services use:
 * personal data at rest, crypto-shredding, key rotation, tampering, and the audit of reads.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyCoreIT {

    @Deployment
    static WebArchive deployment() throws IOException {
        return TestDeployment.of(PrivacyCoreIT.class, PrivacyProbe.class, AdminProbe.class, KeyStepProbe.class);
    }

    @EJB
    PrivacyProbe probe;

    @EJB
    AdminProbe admin;

    @EJB
    KeyStepProbe keySteps;

    @Inject
    TokenService tokens;

    @Inject
    Settings settings;

    private String customerTenant() throws Exception {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(settings.home().resolve("initial-credentials.txt"))) {
            p.load(in);
        }
        // The demo customer integrator's tenant is Muster Vakuumtechnik; a token names it.
        return tokens.verify(tokens.issue(p.getProperty("demo.customer.integrator.client_id"),
                p.getProperty("demo.customer.integrator.client_secret"), null, "127.0.0.1").accessToken())
                .orElseThrow().tenantId();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theScriptDumpHoldsNoDemoPersonsNameOrAddress() throws Exception {
        // H2's SCRIPT is what a backup of the embedded database holds; PersonalDataAtRestIT dumps PostgreSQL.
        assumeTrue(probe.embedded(), "H2 only: on PostgreSQL PersonalDataAtRestIT checks pg_dump");
        String dump = probe.scriptDump().toLowerCase(Locale.ROOT);
        assertTrue(dump.contains("muster vakuumtechnik gmbh"), "company names are not personal: they are in plain");
        for (FirstStart.DemoPerson p : FirstStart.DEMO_PEOPLE) {
            assertFalse(dump.contains(p.email().toLowerCase(Locale.ROOT)), p.email());
            assertFalse(dump.contains(p.name().toLowerCase(Locale.ROOT)), p.name());
        }
    }

    @Test
    void aPersonIsStoredEncryptedAndReadBackWhole() throws Exception {
        String tenant = customerTenant();
        String email = unique("jürgen.groß") + "@muster-vakuum.example";
        String id = probe.createPerson(tenant, email, "Jürgen Groß");
        assertEquals(email.toLowerCase(Locale.ROOT), probe.email(id, Purpose.SUPPORT));
        assertEquals("Jürgen Groß", probe.name(id));
        String stored = probe.storedEmail(id);
        assertFalse(stored.contains("muster"), "the column holds a ciphertext: " + stored);
    }

    @Test
    void aPersonIsFoundByTheirWholeNameWithinTheirTenantOnly() throws Exception {
        String tenant = customerTenant();
        String name = "Jürgen " + unique("Groß");
        String id = probe.createPerson(tenant, unique("found") + "@muster-vakuum.example", name);
        String elsewhere = probe.createTenant(unique("Andere GmbH"));
        String namesake = probe.createPerson(elsewhere, unique("namesake") + "@andere.example", name);

        assertEquals(List.of(id), probe.findByName(tenant, "  " + name.toUpperCase(Locale.ROOT).replace(" ", "   ") + " "),
                "case and spaces do not matter");
        assertEquals(List.of(), probe.findByName(tenant, "Jürgen"), "a part of a name finds nothing");
        assertEquals(List.of(namesake), probe.findByName(elsewhere, name));
        assertNotEquals(probe.storedNameIndex(id), probe.storedNameIndex(namesake),
                "each tenant has its own index key, so equal names do not link people across tenants");
    }

    @Test
    void readingSomeonesDataIsAuditedWithItsPurpose() throws Exception {
        String id = probe.createPerson(customerTenant(), unique("audited") + "@muster-vakuum.example", "Audited Person");
        probe.email(id, Purpose.BILLING);
        assertEquals(1, probe.auditEvents("personal-data.read", id, "email"));
        probe.name(id);
        assertEquals(1, probe.auditEvents("personal-data.read", id, "displayName"));
    }

    @Test
    void erasingAPersonsKeyMakesTheirDataReadAsErased() throws Exception {
        String tenant = customerTenant();
        String id = probe.createPerson(tenant, unique("erase.me") + "@muster-vakuum.example", "Erika Löschmich");
        String neighbour = probe.createPerson(tenant, unique("stays") + "@muster-vakuum.example", "Bleibt Lesbar");
        assertTrue(admin.eraseSubject(tenant, id));
        assertEquals(Personal.ERASED, probe.email(id, Purpose.SUPPORT));
        assertEquals(Personal.ERASED, probe.name(id));
        assertEquals("Bleibt Lesbar", probe.name(neighbour), "only the erased person's data is gone");
        assertEquals(1, probe.auditEvents("key.subject-erased", id, ""));
    }

    @Test
    void erasingATenantsKeysMakesAllOfItsPeopleReadAsErased() throws Exception {
        String tenant = probe.createTenant(unique("Offboarded GmbH"));
        String first = probe.createPerson(tenant, unique("one") + "@offboarded.example", "Erste Person");
        String second = probe.createPerson(tenant, unique("two") + "@offboarded.example", "Zweite Person");
        assertEquals(2, admin.eraseTenant(tenant));
        assertEquals(Personal.ERASED, probe.name(first));
        assertEquals(Personal.ERASED, probe.email(second, Purpose.SUPPORT));
    }

    @Test
    void aRotationInterruptedAfterItsFirstBatchLeavesEverythingReadableAndIsFinishedLater() throws Exception {
        String tenant = probe.createTenant(unique("Rotating AG"));
        String[] people = new String[3];
        for (int i = 0; i < people.length; i++) {
            people[i] = probe.createPerson(tenant, unique("p" + i) + "@rotating.example", "Person " + i);
        }
        // What a crash leaves behind: the new key exists, one data key is re-wrapped, two are not.
        assertEquals(1, keySteps.interruptedRotation(tenant, 1));
        for (int i = 0; i < people.length; i++) {
            assertEquals("Person " + i, probe.name(people[i]), "readable in the middle of a rotation");
        }
        assertEquals(2, admin.resumeRotations(), "the next start re-wraps the rest");
        assertEquals(0, admin.resumeRotations(), "and then there is nothing left to do");
        for (int i = 0; i < people.length; i++) {
            assertEquals("Person " + i, probe.name(people[i]));
        }
    }

    @Test
    void rotatingTenantAndMasterKeysKeepsEverythingReadable() throws Exception {
        String tenant = customerTenant();
        String id = probe.createPerson(tenant, unique("rotate") + "@muster-vakuum.example", "Rita Rotation");
        String before = probe.storedEmail(id);
        assertTrue(admin.rotateTenantKey(tenant).rewrapped() >= 1);
        assertTrue(admin.rotateMasterKey().rewrapped() >= 1);
        assertEquals("Rita Rotation", probe.name(id));
        assertEquals(before, probe.storedEmail(id), "rotation re-wraps keys; the data itself is not re-encrypted");
        String later = probe.createPerson(tenant, unique("after") + "@muster-vakuum.example", "Nach Rotation");
        assertEquals("Nach Rotation", probe.name(later));
        // Token signing keys were re-wrapped under the new master key as well.
        assertFalse(customerTenant().isEmpty());
    }

    @Test
    void aCiphertextMovedIntoAnotherRowDoesNotOpen() throws Exception {
        String tenant = customerTenant();
        String a = probe.createPerson(tenant, unique("a") + "@muster-vakuum.example", "Person A");
        String b = probe.createPerson(tenant, unique("b") + "@muster-vakuum.example", "Person B");
        String bStored = probe.storedEmail(b);
        probe.copyStoredEmail(a, b);
        try {
            EJBException refused = assertThrows(EJBException.class, () -> probe.email(b, Purpose.SUPPORT));
            assertTrue(String.valueOf(refused.getCause()).contains("TamperedException"), String.valueOf(refused.getCause()));
        } finally {
            // Other tests list the tenant's people; leave the row as it was.
            probe.restoreStoredEmail(b, bStored);
        }
        assertTrue(probe.email(b, Purpose.SUPPORT).startsWith("b-"));
    }
}

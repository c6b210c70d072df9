package io.tresor.systemtest.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tresor.application.audit.RequestOrigin;
import io.tresor.application.identity.SignInService;
import io.tresor.application.identity.TokenService;
import io.tresor.application.shared.TresorPrincipal;
import io.tresor.application.identity.UserAdministrationService;
import io.tresor.application.shared.Settings;
import io.tresor.application.tenant.TenantService;
import io.tresor.domain.identity.LoginAccount;
import io.tresor.domain.shared.Tenancy;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The services inside a real Payara Micro, deployed from the very WAR the launcher runs plus
 * this test and its probe. Arquillian boots that Micro once for this class.
 */
@ExtendWith(ArquillianExtension.class)
class ServicesIT {

    /** SecurityWatch's threshold of failed sign-ins from one source within 15 minutes. */
    private static final int SOURCE_THRESHOLD = 20;

    @Deployment
    static WebArchive deployment() throws IOException {
        return TestDeployment.of(ServicesIT.class, ReachProbe.class, KeyProbe.class, PrivacyProbe.class);
    }

    @Inject
    TokenService tokens;

    @Inject
    SignInService signIn;

    @Inject
    TenantService tenants;

    @Inject
    UserAdministrationService users;

    @Inject
    Settings settings;

    @EJB
    ReachProbe probe;

    @EJB
    KeyProbe keys;

    @EJB
    PrivacyProbe privacy;

    @Inject
    io.tresor.application.crypto.CipherService cipher;

    private Properties credentials() throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(settings.home().resolve("initial-credentials.txt"))) {
            p.load(in);
        }
        return p;
    }

    private LoginAccount account(String email) {
        return privacy.accountByEmail(email);
    }

    @Test
    void issuedTokenVerifiesAndNamesTheClientsTenant() throws Exception {
        Properties c = credentials();
        String clientId = c.getProperty("demo.customer.integrator.client_id");
        TokenService.IssuedToken token = tokens.issue(clientId,
                c.getProperty("demo.customer.integrator.client_secret"), "assets:read", "127.0.0.1");
        Optional<TresorPrincipal> caller = tokens.verify(token.accessToken());
        assertTrue(caller.isPresent());
        assertEquals(clientId, caller.get().getName());
        assertEquals(List.of("assets:read"), caller.get().scopes());
        assertEquals(account(c.getProperty("demo.customer_admin.1.username")).getTenantId(), caller.get().tenantId());
    }

    @Test
    void tokenWithAlteredPayloadIsRejected() throws Exception {
        Properties c = credentials();
        String jwt = tokens.issue(c.getProperty("demo.customer.integrator.client_id"),
                c.getProperty("demo.customer.integrator.client_secret"), null, "127.0.0.1").accessToken();
        String[] parts = jwt.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        assertFalse(tokens.verify(forged).isPresent());
    }

    @Test
    void roleProtectedServicesRefuseAnUnauthenticatedCaller() {
        assertThrows(EJBAccessException.class, () -> tenants.list());
        assertThrows(EJBAccessException.class, () -> users.list());
    }

    @Test
    void aCallerWithoutATenantReachesNoTenantOwnedRowNotEvenOneTheCacheHasSeen() {
        String assetId = probe.anyAsset();
        assertTrue(probe.tenantsSeenBySystemJob(assetId).size() >= 2, "the system job reaches every customer");
        assertEquals("no tenant", probe.reach());
        assertFalse(probe.found(assetId), "a lookup by id of a row the system job just loaded finds nothing");
        assertEquals(0, probe.assetsSeen());
    }

    @Test
    void aQueryAroundTheDataLayerFailsInsteadOfReadingEverything() {
        EJBException refused = assertThrows(EJBException.class, () -> probe.assetsSeenAroundTheLayer());
        assertTrue(String.valueOf(rootCause(refused).getMessage()).contains(Tenancy.REACH_PARAMETER), rootCause(refused)
                .toString());
    }

    @Test
    void withTheFirstLineForgedPostgresRowLevelSecurityStillAnswersFromTheTransactionsReach() throws Exception {
        assumeTrue(probe.postgres(), "H2 has no row-level security: there the data layer alone holds");
        List<String> everyTenant = probe.tenants();
        assertEquals(List.of(), probe.tenantsSeenWithForgedCriteria(everyTenant));
        assertEquals("*", probe.databaseReachOfSystemJob());
        assertEquals("", String.valueOf(probe.databaseReachUnbound()).replace("null", ""),
                "the setting is transaction-local and left nothing behind in the pooled connection");
    }

    @Test
    void aWriteOutsideTheReachIsRefusedBeforeItReachesTheDatabase() {
        String tenant = probe.tenants().get(0);
        EJBException refused = assertThrows(EJBException.class, () -> probe.createSite(tenant));
        assertTrue(rootCause(refused) instanceof io.tresor.domain.shared.ReachGuard.OutsideReach, rootCause(refused).toString());
    }

    @Test
    void theReachCannotChangeWithinATransactionAndNeedsOne() {
        Throwable midway = rootCause(assertThrows(EJBException.class, () -> probe.changeReachMidway()));
        assertTrue(midway instanceof IllegalStateException && midway.getMessage().contains("already works in the reach"),
                midway.toString());
        String asset = probe.anyAsset();
        Throwable outside = rootCause(assertThrows(EJBException.class, () -> probe.foundWithoutTransaction(asset)));
        assertTrue(outside instanceof IllegalStateException && outside.getMessage().contains("inside a transaction"),
                outside.toString());
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Test
    void repeatedWrongPasswordsAreThrottled() throws Exception {
        String email = credentials().getProperty("demo.auditor.1.username");
        SignInService.Attempt last = null;
        for (int i = 0; i < 5; i++) {
            last = signIn.checkPassword(email, "wrong-" + i, "192.0.2.10");
        }
        assertFalse(last.accepted());
        assertEquals("signin.throttled", last.messageKey());
        assertTrue(last.retryAfterSeconds() > 0);
        // Five failures of one account within minutes: a security event about that account.
        String accountId = account(email).getId();
        assertTrue(privacy.securityEvents("sign-in-failures-account", accountId) >= 1);
    }

    @Test
    void manyFailedSignInsFromOneSourceRaiseASecurityEventAboutThatSource() throws Exception {
        // A source no other sign-in has ever used, in the IPv6 documentation prefix: the events are
        // counted by source, so one address shared with an earlier test or run would add its failures.
        java.util.Random random = new java.security.SecureRandom();
        String address = "2001:db8" + java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> ":" + Integer.toHexString(random.nextInt(0x10000))).collect(java.util.stream.Collectors.joining());
        String pseudonym = privacy.sourcePseudonym(address);
        String guess = UUID.randomUUID().toString();
        RequestOrigin.begin(address, "req-" + UUID.randomUUID());
        try {
            for (int i = 0; i < SOURCE_THRESHOLD - 1; i++) {
                signIn.checkPassword("nobody-" + UUID.randomUUID() + "@unknown.example", guess, address);
            }
            assertEquals(0, privacy.securityEvents("sign-in-failures-source", pseudonym), "one short of the threshold");
            signIn.checkPassword("nobody-" + UUID.randomUUID() + "@unknown.example", guess, address);
        } finally {
            RequestOrigin.end();
        }
        assertEquals(1, privacy.securityEvents("sign-in-failures-source", pseudonym),
                "one event about the source, not one per attempt; the address itself is not stored");
    }

    @Test
    void decryptionsFarAboveAPersonsUsualRateRaiseASecurityEvent() throws Exception {
        Instant now = Instant.now();
        Duration burst = Duration.ofMillis(1);
        String newcomer = "reader-" + UUID.randomUUID();
        privacy.recordReads(newcomer, now, burst, 49);
        assertEquals(0, privacy.securityEvents("decryption-spike", newcomer));
        privacy.recordReads(newcomer, now.plusMillis(100), burst, 1);
        assertEquals(1, privacy.securityEvents("decryption-spike", newcomer), "50 reads in 15 minutes");

        // Someone who read 600 records over the last day (about 6 per 15 minutes) is flagged only at ten times that.
        String busy = "reader-" + UUID.randomUUID();
        privacy.recordReads(busy, now.minus(Duration.ofHours(21)), Duration.ofMinutes(2), 600);
        privacy.recordReads(busy, now, burst, 55);
        assertEquals(0, privacy.securityEvents("decryption-spike", busy), "55 is usual for this person");
        privacy.recordReads(busy, now.plusMillis(100), burst, 10);
        assertEquals(1, privacy.securityEvents("decryption-spike", busy), "65 is more than ten times the usual 6");
    }

    @Test
    void tokensOfARetiredSigningKeyStillVerifyUntilTheyExpire() throws Exception {
        Properties c = credentials();
        String clientId = c.getProperty("demo.customer.integrator.client_id");
        String secret = c.getProperty("demo.customer.integrator.client_secret");
        String before = tokens.issue(clientId, secret, null, "127.0.0.1").accessToken();
        String oldKid = kidOf(before);

        // Retire the current key as the daily rotation would: it stops signing, stays published.
        keys.retire(oldKid);
        // The key set is cached for a few seconds on each node: poll until the new key signs.
        String after = null;
        for (long deadline = System.nanoTime() + 30_000_000_000L; System.nanoTime() < deadline; ) {
            after = tokens.issue(clientId, secret, null, "127.0.0.1").accessToken();
            if (!kidOf(after).equals(oldKid)) {
                break;
            }
            Thread.sleep(250);
        }
        assertFalse(kidOf(after).equals(oldKid), "a new key signs once the old one is retired");
        assertTrue(tokens.verify(before).isPresent(), "the old key's tokens verify until they expire");
        assertTrue(tokens.verify(after).isPresent());
        String jwks = tokens.jwks();
        assertTrue(jwks.contains(oldKid) && jwks.contains(kidOf(after)), jwks);
    }

    private static String kidOf(String jwt) {
        String header = new String(java.util.Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))),
                StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"kid\":\"([^\"]+)\"").matcher(header);
        assertTrue(m.find(), header);
        return m.group(1);
    }
}

package io.tresor.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Each rule keeps proving itself: a fixture under {@code io.tresor.architecture.fixture} breaks
 * it on purpose, and the rule must report exactly that class. A rule weakened until it can no
 * longer fail fails here.
 */
class RulesCatchViolationsTest {

    private static JavaClasses fixture(String name) {
        return new ClassFileImporter().importPackages("io.tresor.architecture.fixture" + (name.isEmpty() ? "" : "." + name));
    }

    private static void reports(ArchRule rule, String fixture, String offender) {
        EvaluationResult result = rule.evaluate(fixture(fixture));
        assertTrue(result.hasViolation(), rule.getDescription() + " found nothing in the fixture " + fixture);
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains(offender), report);
    }

    @Test
    void aServiceInjectingTheTenantUnitIsReported() {
        reports(Rules.ONLY_THE_DATA_LAYER_HOLDS_THE_TENANT_UNIT, "tenantunit", "SneakyService.em");
    }

    @Test
    void aServiceForgingTheReachIsReported() {
        reports(Rules.ONLY_THE_DATA_LAYER_SETS_ENTITY_MANAGER_PROPERTIES, "tenantunit", "SneakyService.forge");
    }

    @Test
    void anEntityManagerOfItsOwnIsReported() {
        reports(Rules.NO_ENTITY_MANAGER_OF_ITS_OWN, "tenantunit", "SneakyService");
    }

    @Test
    void aWebClassTouchingAnEntityOrJpaIsReported() {
        reports(Rules.WEB_USES_NO_ENTITIES_OR_JPA, "", "LedgerPage.show");
        reports(Rules.WEB_USES_NO_ENTITIES_OR_JPA, "", "jakarta.persistence.EntityManager");
    }

    @Test
    void aServiceKnowingAChannelIsReported() {
        reports(Rules.SERVICES_KNOW_NO_CHANNEL, "application", "jakarta.ws.rs.core.Response");
    }

    @Test
    void anInternalUsedByAnotherCapabilityIsReported() {
        EvaluationResult own = Rules.INTERNALS_STAY_IN_THEIR_CAPABILITY.evaluate(fixture("application.alpha"));
        assertTrue(!own.hasViolation(), "a capability's own use of its internals is allowed: "
                + own.getFailureReport().getDetails());
        reports(Rules.INTERNALS_STAY_IN_THEIR_CAPABILITY, "application", "Snoop.peek");
    }

    @Test
    void aCycleBetweenCapabilitiesIsReported() {
        reports(Rules.NO_CYCLES_BETWEEN_CAPABILITIES, "cycle", "First");
    }

    @Test
    void aConnectorKnowingTheApplicationIsReported() {
        reports(Rules.THE_CONNECTOR_KNOWS_ONLY_ITSELF, "", "Session.login");
    }

    @Test
    void theApplicationUsingConnectorInternalsIsReported() {
        reports(Rules.THE_APPLICATION_KNOWS_ONLY_THE_CONNECTOR_API, "application", "Ingest.onMessage");
        String report = String.join("\n", Rules.THE_APPLICATION_KNOWS_ONLY_THE_CONNECTOR_API
                .evaluate(fixture("application")).getFailureReport().getDetails());
        assertTrue(!report.contains("MessageListener"), "the connector's api is allowed: " + report);
    }

    @Test
    void aKeystoreOpenedOutsideCryptoIsReported() {
        reports(Rules.ONLY_CRYPTO_OPENS_KEYSTORES, "application", "Snoop.peek");
    }
}

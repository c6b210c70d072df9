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
        return new ClassFileImporter().importPackages("io.tresor.architecture.fixture." + name);
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
}

package io.tresor.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of {@link Rules} applied to Tresor's production classes (persistence, ejb, web). */
class ArchitectureTest {

    private static JavaClasses tresor;

    @BeforeAll
    static void importTresor() {
        tresor = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.tresor");
        // Rules checked against nothing pass: every module must really be in the import.
        for (String layer : new String[] {"io.tresor.domain.shared.TenantOwned", "io.tresor.application.shared.TenantData",
                "io.tresor.web.rest.ApiApplication"}) {
            assertTrue(tresor.contain(layer), layer + " was not imported");
        }
    }

    @Test
    void onlyTheDataLayerHoldsTheTenantUnit() {
        Rules.ONLY_THE_DATA_LAYER_HOLDS_THE_TENANT_UNIT.check(tresor);
    }

    @Test
    void onlyTheDataLayerSetsEntityManagerProperties() {
        Rules.ONLY_THE_DATA_LAYER_SETS_ENTITY_MANAGER_PROPERTIES.check(tresor);
    }

    @Test
    void noEntityManagerOfItsOwn() {
        Rules.NO_ENTITY_MANAGER_OF_ITS_OWN.check(tresor);
    }

    @Test
    void webUsesNoEntitiesOrJpa() {
        Rules.WEB_USES_NO_ENTITIES_OR_JPA.check(tresor);
    }

    @Test
    void servicesKnowNoChannel() {
        Rules.SERVICES_KNOW_NO_CHANNEL.check(tresor);
    }

    @Test
    void internalsStayInTheirCapability() {
        Rules.INTERNALS_STAY_IN_THEIR_CAPABILITY.check(tresor);
    }

    @Test
    void noCyclesBetweenCapabilities() {
        Rules.NO_CYCLES_BETWEEN_CAPABILITIES.check(tresor);
    }

    @Test
    void theConnectorKnowsOnlyItself() {
        Rules.THE_CONNECTOR_KNOWS_ONLY_ITSELF.check(tresor);
        Rules.THE_APPLICATION_KNOWS_ONLY_THE_CONNECTOR_API.check(tresor);
    }

    @Test
    void onlyCryptoOpensKeystores() {
        Rules.ONLY_CRYPTO_OPENS_KEYSTORES.check(tresor);
    }
}

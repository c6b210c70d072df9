package io.tresor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.lang.ArchRule;
import io.tresor.application.tenant.TenantData;
import io.tresor.domain.shared.Tenancy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;

/**
 * The architecture rules of Tresor ({@code docs/architecture.md}), each a constant so that
 * {@link ArchitectureTest} applies it to the application and {@link RulesCatchViolationsTest}
 * proves on a fixture that it still reports what it forbids. A rule that allows an exception
 * names it, with the reason, in its {@code because}.
 */
final class Rules {

    private Rules() {
    }

    private static final DescribedPredicate<JavaField> ON_THE_TENANT_UNIT = new DescribedPredicate<>(
            "inject the tenant unit \"" + Tenancy.TENANT_UNIT + "\"") {
        @Override
        public boolean test(JavaField field) {
            return field.getAnnotationOfType(PersistenceContext.class).unitName().equals(Tenancy.TENANT_UNIT);
        }
    };

    /**
     * Tenant-owned entities are reached only through the data layer: it alone holds the tenant
     * unit's EntityManager (the platform unit lists no tenant-owned entity, see TenancyTest), so
     * no service can read or write them without the caller's reach.
     */
    static final ArchRule ONLY_THE_DATA_LAYER_HOLDS_THE_TENANT_UNIT = fields()
            .that().areAnnotatedWith(PersistenceContext.class).and(ON_THE_TENANT_UNIT)
            .should().beDeclaredIn(TenantData.class)
            .because("every read and write of tenant-owned data passes the data layer, which binds the caller's reach");

    /** The reach is bound by the data layer alone; a service that set EntityManager properties could forge it. */
    static final ArchRule ONLY_THE_DATA_LAYER_SETS_ENTITY_MANAGER_PROPERTIES = noClasses()
            .that().doNotBelongToAnyOf(TenantData.class)
            .should().callMethod(EntityManager.class, "setProperty", String.class, Object.class)
            .because("the reach travels as an EntityManager property that only the data layer sets, once per transaction");

    /** Container-managed EntityManagers only: one of its own would carry no reach and join no transaction. */
    static final ArchRule NO_ENTITY_MANAGER_OF_ITS_OWN = noClasses()
            .should().dependOnClassesThat().areAssignableTo(EntityManagerFactory.class)
            .orShould().beAnnotatedWith(PersistenceUnit.class)
            .because("an EntityManager made from a factory would bypass the data layer and the container's transaction");
}

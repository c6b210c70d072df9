package io.tresor.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.tresor.application.shared.TenantData;
import io.tresor.domain.shared.Tenancy;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.security.KeyStore;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * The web layer (portal, REST, SOAP, servlets) sees the application through the service
     * contracts only: no entity, no JPA type and nothing else of the persistence module's
     * {@code domain} packages; value types it needs (a metric's type, the asset statuses) the
     * contracts carry in their own types.
     */
    static final ArchRule WEB_USES_NO_ENTITIES_OR_JPA = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("..domain..", "jakarta.persistence..")
            .orShould().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .orShould().dependOnClassesThat().areAnnotatedWith(Embeddable.class)
            .because("entities and their mapping belong to the data layer; channels get the service contracts' views");

    /** Services serve every channel alike, so none of them knows one. */
    static final ArchRule SERVICES_KNOW_NO_CHANNEL = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "jakarta.ws.rs..", "jakarta.faces..",
                    "jakarta.servlet..", "jakarta.xml.ws..", "jakarta.jws..", "jakarta.xml.soap..", "org.primefaces..",
                    "org.omnifaces..")
            .because("a service that knew HTTP, JSF or SOAP could not be called from the others, nor from the connector");

    private static final Pattern CAPABILITY = Pattern.compile("(.*\\.application)\\.([^.]+)(\\..*)?");

    /** The capability of a class in {@code ..application.<capability>..}, if it is in one. */
    static Optional<String> capabilityOf(JavaClass type) {
        Matcher m = CAPABILITY.matcher(type.getPackageName());
        return m.matches() ? Optional.of(m.group(1) + "." + m.group(2)) : Optional.empty();
    }

    private static boolean isInternal(JavaClass type) {
        Matcher m = CAPABILITY.matcher(type.getPackageName());
        return m.matches() && m.group(3) != null && (m.group(3).equals(".internal") || m.group(3).startsWith(".internal."));
    }

    private static final ArchCondition<JavaClass> USE_ONLY_THEIR_OWN_INTERNALS =
            new ArchCondition<>("use the internal packages of their own capability only") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    Optional<String> own = capabilityOf(origin);
                    for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = d.getTargetClass();
                        if (isInternal(target) && !capabilityOf(target).equals(own)) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            };

    /**
     * An {@code internal} package is its capability's own: others use its contract (the
     * capability's top package). A piece that several capabilities need lives in
     * {@code application.shared} or in the contract.
     */
    static final ArchRule INTERNALS_STAY_IN_THEIR_CAPABILITY = classes()
            .should(USE_ONLY_THEIR_OWN_INTERNALS)
            .because("a capability may change its internals without asking anyone");

    /** Capabilities depend on each other in one direction only, so each can be understood and tested from below. */
    static final ArchRule NO_CYCLES_BETWEEN_CAPABILITIES = slices()
            .matching("..application.(*)..")
            .should().beFreeOfCycles()
            .because("a cycle makes two capabilities one");

    /**
     * The resource adapter (MQTT over TLS) is a library the container runs: it knows nothing of
     * the application, and the application knows only its {@code api} package (the connection
     * factory, the inbound listener and their records).
     */
    static final ArchRule THE_CONNECTOR_KNOWS_ONLY_ITSELF = noClasses()
            .that().resideInAPackage("..connector..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..domain..", "..web..")
            .allowEmptyShould(true)
            .because("the resource adapter is deployed apart and must not need the application to load");

    /** See {@link #THE_CONNECTOR_KNOWS_ONLY_ITSELF}. */
    static final ArchRule THE_APPLICATION_KNOWS_ONLY_THE_CONNECTOR_API = noClasses()
            .that().resideOutsideOfPackage("..connector..")
            .should().dependOnClassesThat(resideInAPackage("..connector..").and(not(resideInAPackage("..connector.api.."))))
            .because("the connector's internals may change with its protocol; its api is the contract");

    /**
     * Key material is opened by the crypto capability alone: it holds the master key and the one
     * keystore secret, and hands out operations (seal, derive, a keystore's keys), never the
     * secret or an unwrapped value's bytes. Nobody else loads, reads or writes a keystore.
     */
    static final ArchRule ONLY_CRYPTO_OPENS_KEYSTORES = noClasses()
            .that().resideOutsideOfPackage("..application.crypto..")
            .should().dependOnClassesThat().areAssignableTo(KeyStore.class)
            .because("a keystore's password opens every key under TRESOR_HOME/keys");
}

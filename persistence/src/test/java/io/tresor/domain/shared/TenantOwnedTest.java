package io.tresor.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.domain.device.Device;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first line of tenant isolation as EclipseLink applies it, outside a container: additional
 * criteria on every read of a {@link TenantOwned} entity, and {@link ReachGuard} on every write.
 * Devices of two tenants are the data; each test opens EntityManagers with a reach of its own.
 */
class TenantOwnedTest {

    private static EntityManagerFactory factory;
    private static final String A = UUID.randomUUID().toString();
    private static final String B = UUID.randomUUID().toString();

    @BeforeAll
    static void devicesOfTwoTenants() {
        // A file of its own, so that the application's persistence.xml stays the only one on the class path.
        factory = Persistence.createEntityManagerFactory("tenant-owned-test",
                Map.of("eclipselink.persistencexml", "META-INF/tenant-owned-test.xml"));
        EntityManager em = reaching(List.of(A, B), false);
        em.getTransaction().begin();
        em.persist(new Device("dev-a", A, "asset-a", Instant.now()));
        em.persist(new Device("dev-b", B, "asset-b", Instant.now()));
        em.getTransaction().commit();
        em.close();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static EntityManager reaching(List<String> tenants, boolean everything) {
        EntityManager em = factory.createEntityManager();
        em.setProperty(Tenancy.REACH_PARAMETER, tenants);
        em.setProperty(Tenancy.REACH_EVERYTHING, everything);
        return em;
    }

    @Test
    void queriesAndLookupsByIdSeeOnlyTheReach() {
        EntityManager em = reaching(List.of(A), false);
        assertEquals(List.of("dev-a"), em.createQuery("SELECT d.id FROM Device d ORDER BY d.id", String.class).getResultList());
        assertEquals(1L, em.createQuery("SELECT COUNT(d) FROM Device d", Long.class).getSingleResult());
        assertNotNull(em.find(Device.class, "dev-a"));
        assertNull(em.find(Device.class, "dev-b"), "another tenant's row is not found by its id");
        em.close();
    }

    @Test
    void aRowLoadedForAWiderReachIsNotHandedToANarrowerOne() {
        EntityManager wide = reaching(List.of(A, B), false);
        assertNotNull(wide.find(Device.class, "dev-b"));
        wide.close();
        EntityManager narrow = reaching(List.of(A), false);
        assertNull(narrow.find(Device.class, "dev-b"), "no shared cache answers the lookup");
        narrow.close();
    }

    @Test
    void bulkChangesTouchOnlyTheReach() {
        EntityManager em = reaching(List.of(A), false);
        em.getTransaction().begin();
        assertEquals(1, em.createQuery("UPDATE Device d SET d.changedAt = :now").setParameter("now", Instant.now())
                .executeUpdate());
        em.getTransaction().rollback();
        em.close();
    }

    @Test
    void withoutAReachNothingIsReadButTheStatementFails() {
        EntityManager em = factory.createEntityManager();
        PersistenceException query = assertThrows(PersistenceException.class,
                () -> em.createQuery("SELECT d FROM Device d", Device.class).getResultList());
        assertTrue(query.getMessage().contains(Tenancy.REACH_PARAMETER), query.getMessage());
        assertThrows(RuntimeException.class, () -> em.find(Device.class, "dev-a"));
        em.close();
    }

    @Test
    void aRowIsNotWrittenForATenantBeyondTheReach() {
        EntityManager em = reaching(List.of(A), false);
        em.getTransaction().begin();
        assertThrows(ReachGuard.OutsideReach.class, () -> em.persist(new Device("dev-x", B, "asset-x", Instant.now())));
        em.getTransaction().rollback();
        em.close();
    }

    @Test
    void aRowIsNotHandedOverToATenantBeyondTheReach() {
        EntityManager em = reaching(List.of(A), false);
        em.getTransaction().begin();
        em.find(Device.class, "dev-a").movedTo(B);
        RuntimeException refused = assertThrows(RuntimeException.class, em::flush);
        assertTrue(causedBy(refused, ReachGuard.OutsideReach.class), refused.toString());
        em.getTransaction().rollback();
        em.close();
    }

    @Test
    void theManufacturersReachWritesForAnyTenantAlsoANewOne() {
        EntityManager em = reaching(List.of(A, B), true);
        em.getTransaction().begin();
        em.persist(new Device("dev-new", UUID.randomUUID().toString(), "asset-new", Instant.now()));
        em.flush();
        em.getTransaction().rollback();
        em.close();
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}

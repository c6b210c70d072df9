package io.tresor.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.domain.shared.Tenancy;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReachTest {

    private static final String MUSTER = "5a1f0c64-6f0e-4a53-9f26-2f1c9a6a4e01";
    private static final String PHARMA = "c2a9d0c1-0b6e-4c4e-8d11-7f5e2f4a1b02";

    @Test
    void aCustomerReachesItsOwnTenantOnly() {
        Reach reach = Reach.tenants(List.of(MUSTER));
        assertTrue(reach.includes(MUSTER));
        assertFalse(reach.includes(PHARMA));
        assertEquals(Optional.of(MUSTER), reach.single());
        assertEquals(List.of(MUSTER), reach.criteria(List.of(MUSTER, PHARMA)));
        assertEquals(MUSTER, reach.databaseSetting());
    }

    @Test
    void noTenantReachesNothingNotEvenWithAnEmptyList() {
        for (Reach reach : List.of(Reach.none(), Reach.tenants(List.of()))) {
            assertFalse(reach.includes(MUSTER));
            assertEquals(List.of(Tenancy.NO_TENANT), reach.criteria(List.of(MUSTER)), "an IN list with no tenant's id");
            assertEquals("", reach.databaseSetting(), "row-level security then shows nothing");
        }
    }

    @Test
    void theManufacturersSideAndSystemJobsReachEveryTenant() {
        Reach manufacturer = Reach.everything();
        assertTrue(manufacturer.includes(PHARMA));
        assertEquals(List.of(MUSTER, PHARMA), manufacturer.criteria(List.of(MUSTER, PHARMA)));
        assertEquals("*", manufacturer.databaseSetting());
        assertEquals(Optional.empty(), manufacturer.job());
        Reach job = Reach.system(SystemJob.KEY_RING);
        assertEquals("*", job.databaseSetting());
        assertEquals(Optional.of(SystemJob.KEY_RING), job.job());
        assertFalse(job.equals(manufacturer), "a system job's reach is not the manufacturer's, so it needs a transaction of its own");
    }

    @Test
    void onlyWhatTenantIdsLookLikeBecomesASettingOrSql() {
        assertThrows(IllegalArgumentException.class, () -> Reach.tenants(List.of("a,b")));
        assertThrows(IllegalArgumentException.class, () -> Reach.tenants(List.of("x' OR '1'='1")));
        assertThrows(IllegalArgumentException.class, () -> Reach.tenants(List.of("*")));
    }
}

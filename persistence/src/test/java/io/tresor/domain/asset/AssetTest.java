package io.tresor.domain.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssetTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final AssetType pump = new AssetType("Pump", "P-1", null,
            List.of(new Metric("inletPressure", "mbar", MetricType.NUMBER, 0.0, 1013.25)), now);

    @Test
    void movingToAnotherCustomerClosesTheOwnershipAndLeavesTheOldSite() {
        Asset asset = new Asset("muster", pump, " SN-1 ", "site-1", LocalDate.of(2025, 1, 1), now);
        assertEquals("SN-1", asset.getSerialNumber());
        AssetOwnership first = asset.firstOwnership();
        Instant later = now.plusSeconds(3600);
        AssetOwnership second = asset.moveTo("pharma", first, later);

        assertEquals(later, first.getOwnedUntil());
        assertEquals("pharma", second.getTenantId());
        assertTrue(second.isCurrent());
        assertEquals("pharma", asset.getTenantId());
        assertNull(asset.getSiteId(), "the site belonged to the previous owner");
        assertThrows(IllegalArgumentException.class, () -> asset.moveTo("pharma", second, later));
    }

    @Test
    void aDecommissionedAssetStaysDecommissionedAndDoesNotMove() {
        Asset asset = new Asset("muster", pump, "SN-2", null, null, now);
        asset.changeStatus(AssetStatus.DECOMMISSIONED);
        assertThrows(IllegalStateException.class, () -> asset.changeStatus(AssetStatus.IN_OPERATION));
        assertThrows(IllegalStateException.class, () -> asset.moveTo("pharma", asset.firstOwnership(), now));
    }

    @Test
    void lastSeenOnlyMovesForward() {
        Asset asset = new Asset("muster", pump, "SN-3", null, null, now);
        asset.seen(now.plusSeconds(60), "4.2.0");
        asset.seen(now, null);
        assertEquals(now.plusSeconds(60), asset.getLastSeenAt());
        assertEquals("4.2.0", asset.getFirmwareVersion());
    }

    @Test
    void aTelemetrySchemaNamesEachMetricOnceWithAPlausibleRange() {
        assertThrows(IllegalArgumentException.class, () -> new AssetType("T", "P", null, List.of(
                new Metric("a", null, MetricType.NUMBER, null, null), new Metric("a", null, MetricType.INTEGER, null, null)),
                now));
        assertThrows(IllegalArgumentException.class, () -> new Metric("Pressure", "bar", MetricType.NUMBER, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Metric("p", "bar", MetricType.NUMBER, 5.0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new Metric("on", null, MetricType.BOOLEAN, 0.0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new AssetType(" ", "P", null, List.of(), now));
    }

    @Test
    void theSchemaSurvivesItsColumn() {
        TelemetrySchemaConverter converter = new TelemetrySchemaConverter();
        List<Metric> schema = List.of(new Metric("inletPressure", "mbar", MetricType.NUMBER, 0.0, 1013.25),
                new Metric("overTemperature", null, MetricType.BOOLEAN, null, null));
        assertEquals(schema, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(schema)));
    }
}

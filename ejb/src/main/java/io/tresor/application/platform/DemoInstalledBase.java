package io.tresor.application.platform;

import io.tresor.application.shared.Secrets;
import io.tresor.application.shared.TenantData;
import io.tresor.domain.asset.Asset;
import io.tresor.domain.asset.AssetType;
import io.tresor.domain.asset.Metric;
import io.tresor.domain.asset.MetricType;
import io.tresor.domain.asset.Site;
import io.tresor.domain.device.Device;
import io.tresor.domain.tenant.Tenant;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's installed base: three pump models with their telemetry schemas, two sites per
 * customer, about twenty pumps per customer, and devices waiting for enrollment whose ids and
 * one-time tokens go into the initial credentials file.
 */
public final class DemoInstalledBase {

    /** A site contact of the demo; public so that tests can prove none of it is readable at rest. */
    public record DemoContact(String tenant, String site, String address, String name, String email, String phone) {
    }

    public static final List<DemoContact> DEMO_CONTACTS = List.of(
            new DemoContact("muster", "Werk Freiburg", "Industriestraße 12, 79108 Freiburg", "Stefan Krause",
                    "s.krause@muster-vakuum.example", "+49 761 555 0142"),
            new DemoContact("muster", "Werk Lörrach", "Am Kanal 3, 79539 Lörrach", "Monika Schäfer",
                    "m.schaefer@muster-vakuum.example", "+49 7621 555 0177"),
            new DemoContact("pharma", "Standort Basel-Nord", "Hafenstrasse 40, 4057 Basel", "Reto Meier",
                    "r.meier@beispiel-pharma.example", "+41 61 555 0190"),
            new DemoContact("pharma", "Standort Grenzach", "Emil-Barell-Straße 7, 79639 Grenzach-Wyhlen", "Eva Zimmermann",
                    "e.zimmermann@beispiel-pharma.example", "+49 7624 555 0123"));

    static final int ASSETS_PER_CUSTOMER = 20;
    static final int DEVICES_WAITING = 3;

    private DemoInstalledBase() {
    }

    /** Asset types through the platform unit ({@code em}), which it flushes before the customers' rows refer to them. */
    static void create(EntityManager em, TenantData data, Tenant muster, Tenant pharma, Instant now,
                       StringBuilder credentials) {
        List<AssetType> types = List.of(
                type(em, "R5 RA 0630 C vacuum pump", "RA0630C", now, List.of(
                        new Metric("inletPressure", "mbar", MetricType.NUMBER, 0.0, 1013.25),
                        new Metric("exhaustTemperature", "°C", MetricType.NUMBER, -20.0, 150.0),
                        new Metric("motorCurrent", "A", MetricType.NUMBER, 0.0, 40.0),
                        new Metric("runningHours", "h", MetricType.INTEGER, 0.0, 250_000.0))),
                type(em, "Mink MV 0080 B claw vacuum pump", "MV0080B", now, List.of(
                        new Metric("inletPressure", "mbar", MetricType.NUMBER, 0.0, 1013.25),
                        new Metric("motorCurrent", "A", MetricType.NUMBER, 0.0, 25.0),
                        new Metric("runningHours", "h", MetricType.INTEGER, 0.0, 250_000.0),
                        new Metric("overTemperature", null, MetricType.BOOLEAN, null, null))),
                type(em, "COBRA NC 0300 B screw vacuum pump", "NC0300B", now, List.of(
                        new Metric("inletPressure", "mbar", MetricType.NUMBER, 0.0, 1013.25),
                        new Metric("exhaustTemperature", "°C", MetricType.NUMBER, -20.0, 200.0),
                        new Metric("motorCurrent", "A", MetricType.NUMBER, 0.0, 60.0),
                        new Metric("coolingWaterFlow", "l/min", MetricType.NUMBER, 0.0, 50.0),
                        new Metric("runningHours", "h", MetricType.INTEGER, 0.0, 250_000.0))));
        em.flush();
        List<Asset> musterAssets = assets(data, muster, "muster", "MU", types, now);
        assets(data, pharma, "pharma", "BP", types, now);
        data.flush();
        for (int n = 1; n <= DEVICES_WAITING; n++) {
            Asset asset = musterAssets.get(n - 1);
            Device device = new Device(String.format("vw-box-%04d", n), muster.getId(), asset.getId(), now);
            String token = Secrets.newSecret();
            device.issueEnrollmentToken(Secrets.hash(token), now);
            data.persist(device);
            credentials.append("demo.device.").append(n).append(".id=").append(device.getId()).append('\n')
                    .append("demo.device.").append(n).append(".enrollment_token=").append(token).append('\n');
        }
    }

    private static AssetType type(EntityManager em, String name, String partNumber, Instant now, List<Metric> schema) {
        AssetType type = new AssetType(name, partNumber, "Vakuumwerk", schema, now);
        em.persist(type);
        return type;
    }

    private static List<Asset> assets(TenantData data, Tenant tenant, String key, String prefix, List<AssetType> types,
                                      Instant now) {
        List<Site> sites = new ArrayList<>();
        for (DemoContact c : DEMO_CONTACTS) {
            if (c.tenant().equals(key)) {
                Site site = new Site(tenant.getId(), c.site(), new Site.Contact(c.address(), c.name(), c.email(), c.phone()), now);
                data.persist(site);
                sites.add(site);
            }
        }
        data.flush();
        List<Asset> assets = new ArrayList<>();
        for (int i = 0; i < ASSETS_PER_CUSTOMER; i++) {
            AssetType type = types.get(i % types.size());
            Asset asset = new Asset(tenant.getId(), type, String.format("%s-%s-%05d", prefix, type.getPartNumber(), 1001 + i),
                    sites.get(i % sites.size()).getId(), LocalDate.of(2024, 1 + i % 12, 1 + i), now);
            data.persist(asset);
            data.persist(asset.firstOwnership());
            assets.add(asset);
        }
        return assets;
    }
}

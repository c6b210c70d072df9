package io.tresor.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The persistence side of tenant isolation, checked against what is really there: every table
 * with a tenant column is mapped by a {@link TenantOwned} entity in the tenant unit (or is one of
 * the named exceptions), the platform unit holds none of them, the tenant unit keeps no shared
 * cache, and PostgreSQL's row-level security covers every such table. A new table or entity
 * that forgets one of these fails here.
 */
class TenancyTest {

    /**
     * Tables with a tenant column that no entity of the tenant unit maps, each with its reason:
     * the audit trail and security events are read through JDBC with the data layer's condition,
     * the key tables only by the crypto capability's key ring under its system reach.
     */
    private static final Map<String, String> NOT_MAPPED_BY_THE_TENANT_UNIT = Map.of(
            "audit_event", "JDBC, confined by TenantData.condition",
            "security_event", "JDBC, confined by TenantData.condition",
            "tenant_key", "crypto key ring only, under the system reach KEY_RING",
            "data_key", "crypto key ring only, under the system reach KEY_RING");

    /** Entities of no tenant that the tenant unit lists anyway: reference data tenant-owned rows are joined with. */
    private static final Set<String> REFERENCE_DATA_IN_THE_TENANT_UNIT = Set.of("io.tresor.domain.asset.AssetType");

    @Test
    void everyEntityOfATenantsTableIsTenantOwnedAndLivesInTheTenantUnitOnly() throws Exception {
        Map<String, List<String>> units = units();
        Map<String, Class<?>> entitiesByTable = new HashMap<>();
        for (Class<?> type : domainClasses()) {
            if (type.isAnnotationPresent(Entity.class)) {
                boolean owned = TenantOwned.class.isAssignableFrom(type);
                boolean tenantColumn = hasTenantColumn(type);
                String table = type.getAnnotation(Table.class).name();
                if (tenantColumn && !NOT_MAPPED_BY_THE_TENANT_UNIT.containsKey(table)) {
                    assertTrue(owned, type + " maps the tenant column of " + table + " but is not TenantOwned");
                }
                if (owned) {
                    assertTrue(units.get(Tenancy.TENANT_UNIT).contains(type.getName()), type + " is not in the tenant unit");
                    entitiesByTable.put(table, type);
                }
                assertEquals(owned || REFERENCE_DATA_IN_THE_TENANT_UNIT.contains(type.getName()),
                        units.get(Tenancy.TENANT_UNIT).contains(type.getName()),
                        type + ": the tenant unit lists tenant-owned entities and only those (and named reference data)");
                assertTrue(!owned || !units.get(Tenancy.PLATFORM_UNIT).contains(type.getName()),
                        type + " is tenant-owned and must not be reachable through the platform unit");
            }
        }
        Set<String> tablesWithTenant = tablesWithTenantColumn();
        Set<String> covered = new TreeSet<>(entitiesByTable.keySet());
        covered.addAll(NOT_MAPPED_BY_THE_TENANT_UNIT.keySet());
        assertEquals(tablesWithTenant, covered, "every table with a tenant column is confined by the data layer");
    }

    @Test
    void theTenantUnitKeepsNoSharedCacheAndGuardsEveryWrite() throws Exception {
        Element unit = unitElement(Tenancy.TENANT_UNIT);
        Map<String, String> properties = new LinkedHashMap<>();
        NodeList nodes = unit.getElementsByTagName("property");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element p = (Element) nodes.item(i);
            properties.put(p.getAttribute("name"), p.getAttribute("value"));
        }
        assertEquals("false", properties.get("eclipselink.cache.shared.default"));
        assertEquals(ReachGuard.class.getName(), properties.get("eclipselink.session.customizer"));
        assertEquals("false", properties.get("eclipselink.jdbc.allow-native-sql-queries"));
        assertEquals("NONE", unit.getElementsByTagName("shared-cache-mode").item(0).getTextContent().strip());
    }

    @Test
    void rowLevelSecurityCoversEveryTableWithATenantColumn() throws Exception {
        Set<String> enabled = new TreeSet<>();
        Set<String> forced = new TreeSet<>();
        Pattern statement = Pattern.compile("ALTER TABLE (\\w+) (ENABLE|FORCE) ROW LEVEL SECURITY");
        try (Stream<Path> files = Files.list(resource("db/vendor/postgresql"))) {
            for (Path file : files.toList()) {
                Matcher m = statement.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    (m.group(2).equals("ENABLE") ? enabled : forced).add(m.group(1));
                }
            }
        }
        assertEquals(tablesWithTenantColumn(), enabled);
        assertEquals(tablesWithTenantColumn(), forced);
    }

    /** Tables of the migrated schema (on H2) that have a tenant_id column. */
    private static Set<String> tablesWithTenantColumn() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:tenancy-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
        Set<String> tables = new TreeSet<>();
        try (Connection c = ds.getConnection(); ResultSet rs = c.getMetaData().getColumns(null, "PUBLIC", null, "TENANT_ID")) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    private static boolean hasTenantColumn(Class<?> type) {
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            for (Field f : t.getDeclaredFields()) {
                Column column = f.getAnnotation(Column.class);
                if (column != null && Tenancy.COLUMN.equals(column.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Class<?>> domainClasses() throws IOException, URISyntaxException {
        Path root = Path.of(TenantOwned.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root.resolve("io/tresor/domain"))) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(TenancyTest::load).collect(Collectors.toList());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, List<String>> units() throws Exception {
        Map<String, List<String>> units = new HashMap<>();
        for (String name : List.of(Tenancy.TENANT_UNIT, Tenancy.PLATFORM_UNIT)) {
            NodeList classes = unitElement(name).getElementsByTagName("class");
            units.put(name, java.util.stream.IntStream.range(0, classes.getLength())
                    .mapToObj(i -> classes.item(i).getTextContent().strip()).toList());
        }
        return units;
    }

    private static Element unitElement(String name) throws Exception {
        Document xml;
        try (InputStream in = TenancyTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        NodeList units = xml.getElementsByTagName("persistence-unit");
        for (int i = 0; i < units.getLength(); i++) {
            Element unit = (Element) units.item(i);
            if (unit.getAttribute("name").equals(name)) {
                return unit;
            }
        }
        throw new AssertionError("No persistence unit " + name);
    }

    private static Path resource(String path) throws URISyntaxException {
        return Path.of(TenancyTest.class.getClassLoader().getResource(path).toURI());
    }
}

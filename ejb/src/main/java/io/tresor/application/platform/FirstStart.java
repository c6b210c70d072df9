package io.tresor.application.platform;

import io.tresor.application.shared.SecretFiles;
import io.tresor.application.shared.Settings;
import io.tresor.application.identity.Scopes;
import io.tresor.application.identity.PasswordHasher;
import io.tresor.application.shared.Secrets;
import io.tresor.application.shared.SystemJob;
import io.tresor.application.shared.SystemReach;
import io.tresor.application.shared.TenantData;
import io.tresor.domain.identity.IntegratorClient;
import io.tresor.domain.identity.LoginAccount;
import io.tresor.domain.identity.Role;
import io.tresor.domain.shared.Tenancy;
import io.tresor.domain.tenant.Tenant;
import io.tresor.domain.tenant.TenantKind;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The first start of an installation: the platform tenant and its admin with a random
 * password (there are no default passwords), optionally the demo data. Every generated
 * secret is written once to {@code initial-credentials.txt} (mode 0600) and nowhere else.
 */
@Stateless
@SystemReach(SystemJob.FIRST_START)
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());
    static final String CREDENTIALS_FILE = "initial-credentials.txt";

    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager em;

    @Inject
    TenantData data;

    @Inject
    Settings settings;

    private final PasswordHasher hasher = new PasswordHasher();

    public void ensurePlatform(boolean demo) {
        if (!em.createNamedQuery("Tenant.platform", Tenant.class).getResultList().isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        Path file = settings.home().resolve(CREDENTIALS_FILE);
        StringBuilder out = new StringBuilder("# Tresor initial credentials, written once at the first start ")
                .append(now).append(".\n# Every password must be changed at first sign-in. Delete this file afterwards.\n");
        Tenant platform = tenant(demo ? "Vakuumwerk Hersteller AG" : "Platform", TenantKind.PLATFORM, now);
        em.flush();
        String adminPassword = account(platform, "admin@tresor.local", "Platform Admin", Role.PLATFORM_ADMIN, now);
        out.append("platform.admin.username=admin@tresor.local\n")
           .append("platform.admin.password=").append(adminPassword).append('\n');
        if (demo) {
            demoData(platform, now, out);
        }
        // Only credentials that are really in the database may reach the file.
        em.flush();
        data.flush();
        SecretFiles.append(file, out.toString());
        LOG.info(() -> "First start: created the platform tenant and its admin. Initial credentials are in " + file);
    }

    /** A person of the demo data; public so that tests can prove none of it is readable at rest. */
    public record DemoPerson(String tenant, String key, int n, String email, String name, Role role) {
    }

    public static final List<DemoPerson> DEMO_PEOPLE = List.of(
            new DemoPerson("platform", "operator", 1, "m.huber@vakuumwerk.example", "Markus Huber", Role.OPERATOR),
            new DemoPerson("platform", "operator", 2, "l.koch@vakuumwerk.example", "Lena Koch", Role.OPERATOR),
            new DemoPerson("platform", "operator", 3, "t.schulz@vakuumwerk.example", "Tobias Schulz", Role.OPERATOR),
            new DemoPerson("platform", "clerk", 1, "s.wagner@vakuumwerk.example", "Sabine Wagner", Role.CLERK),
            new DemoPerson("platform", "auditor", 1, "t.becker@vakuumwerk.example", "Thomas Becker", Role.AUDITOR),
            new DemoPerson("muster", "customer_admin", 1, "j.schmidt@muster-vakuum.example", "Julia Schmidt",
                    Role.CUSTOMER_ADMIN),
            new DemoPerson("muster", "customer_user", 1, "k.mueller@muster-vakuum.example", "Klaus Müller",
                    Role.CUSTOMER_USER),
            new DemoPerson("muster", "customer_user", 2, "a.weber@muster-vakuum.example", "Anna Weber", Role.CUSTOMER_USER),
            new DemoPerson("muster", "customer_user", 4, "j.wolf@muster-vakuum.example", "Jan Wolf", Role.CUSTOMER_USER),
            new DemoPerson("pharma", "customer_admin", 2, "p.fischer@beispiel-pharma.example", "Petra Fischer",
                    Role.CUSTOMER_ADMIN),
            new DemoPerson("pharma", "customer_user", 3, "l.hoffmann@beispiel-pharma.example", "Lukas Hoffmann",
                    Role.CUSTOMER_USER));

    private void demoData(Tenant platform, Instant now, StringBuilder out) {
        Tenant muster = tenant("Muster Vakuumtechnik GmbH", TenantKind.CUSTOMER, now);
        Tenant pharma = tenant("Beispiel Pharma AG", TenantKind.CUSTOMER, now);
        Map<String, Tenant> tenants = Map.of("platform", platform, "muster", muster, "pharma", pharma);
        for (DemoPerson p : DEMO_PEOPLE) {
            person(out, tenants.get(p.tenant()), p.key(), p.n(), p.email(), p.name(), p.role(), now);
        }
        integrator(out, "manufacturer", platform, "Vakuumwerk Service-CRM", Scopes.MANUFACTURER, now);
        integrator(out, "customer", muster, "Muster ERP", Scopes.CUSTOMER, now);
        DemoInstalledBase.create(em, data, muster, pharma, now, out);
    }

    private Tenant tenant(String name, TenantKind kind, Instant now) {
        Tenant tenant = new Tenant(name, kind, now);
        em.persist(tenant);
        // Accounts and clients refer to the tenant by id only, so EclipseLink cannot order the inserts.
        em.flush();
        return tenant;
    }

    private void person(StringBuilder out, Tenant tenant, String key, int n, String email, String name, Role role,
                        Instant now) {
        String password = account(tenant, email, name, role, now);
        out.append("demo.").append(key).append('.').append(n).append(".username=").append(email).append('\n')
           .append("demo.").append(key).append('.').append(n).append(".password=").append(password).append('\n');
    }

    private String account(Tenant tenant, String email, String name, Role role, Instant now) {
        String password = Secrets.newSecret().substring(0, 24);
        data.persist(new LoginAccount(tenant.getId(), email, name, EnumSet.of(role),
                hasher.hash(password.toCharArray()), now));
        return password;
    }

    private void integrator(StringBuilder out, String key, Tenant tenant, String name, List<String> scopes, Instant now) {
        String clientId = Secrets.newIdentifier("cl-");
        String secret = Secrets.newSecret();
        data.persist(new IntegratorClient(clientId, tenant.getId(), name, Secrets.hash(secret), scopes, List.of(),
                IntegratorClient.DEFAULT_RATE_LIMIT, now));
        out.append("demo.").append(key).append(".integrator.client_id=").append(clientId).append('\n')
           .append("demo.").append(key).append(".integrator.client_secret=").append(secret).append('\n');
    }
}

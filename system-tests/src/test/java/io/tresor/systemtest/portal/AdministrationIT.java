package io.tresor.systemtest.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.systemtest.support.Api;
import io.tresor.systemtest.support.MailOutbox;
import io.tresor.systemtest.support.TresorServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administration pages as the platform admin and a customer admin use them, with the
 * effects checked where they matter: at the API, in the mail outbox, in another browser.
 * The platform admin signs in once for the class (TOTP codes are single-use per time step).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministrationIT {

    private final TresorServer server = TresorServer.get();
    private final Api api = server.api();
    private Portal admin;

    @BeforeAll
    void platformAdminSignsIn() {
        admin = Portal.open();
        admin.firstSignInWithTotp(server.credential("platform.admin.username"),
                server.credential("platform.admin.password"), Portal.newPassword("platform-admin"));
    }

    @AfterAll
    void close() {
        admin.close();
    }

    private record ClientCredentials(String clientId, String clientSecret) {
    }

    private ClientCredentials createClient(String name, String scopeLabel, String cidrs, int rateLimit) {
        admin.go("/portal/admin/clients.xhtml");
        admin.choose("create:tenant", "Muster Vakuumtechnik GmbH");
        admin.type("create:name", name);
        admin.tick("create:scopes", scopeLabel);
        if (cidrs != null) {
            admin.type("create:cidrs", cidrs);
        }
        admin.type("create:rate", Integer.toString(rateLimit));
        admin.ajax("create:submit");
        String clientId = admin.text("client-id");
        String secret = admin.text("client-secret");
        String row = admin.driver().findElement(By.xpath("//tr[td[normalize-space(.)='" + name + "']]")).getText();
        assertTrue(row.contains(clientId) && row.contains(" " + rateLimit + " "), row);
        admin.ajax("secret:dismiss");
        assertTrue(admin.driver().findElements(By.id("client-secret")).isEmpty(), "the secret is shown only once");
        admin.browser().screenshot("integrator-clients");
        return new ClientCredentials(clientId, secret);
    }

    @Test
    void clientCreatedInThePortalIsRateLimitedAtTheApi() {
        ClientCredentials client = createClient("Rate test " + UUID.randomUUID(), "assets:read", null, 3);
        String token = api.token(client.clientId(), client.clientSecret());
        for (int i = 0; i < 3; i++) {
            assertEquals(200, api.get("/api/v1/me", token).statusCode(), "request " + (i + 1) + " is within the limit");
        }
        HttpResponse<String> refused = api.get("/api/v1/me", token);
        assertEquals(429, refused.statusCode());
        assertEquals("application/problem+json", Api.mediaType(refused));
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "one request refills in 20 s at 3 a minute: " + retryAfter);
    }

    @Test
    void clientWithAnAllowListIsRefusedFromOtherAddresses() {
        ClientCredentials client = createClient("CIDR test " + UUID.randomUUID(), "assets:read", "10.0.0.0/8", 600);
        HttpResponse<String> token = api.postForm(Api.TOKEN_PATH, java.util.Map.of("grant_type", "client_credentials"),
                client.clientId(), client.clientSecret());
        assertEquals(403, token.statusCode(), "the tests call from 127.0.0.1, outside 10.0.0.0/8");
        assertEquals("application/problem+json", Api.mediaType(token));
    }

    @Test
    void guessingAClientSecretRaisesASecurityEventThatIsMailedAndListed() {
        ClientCredentials client = createClient("Guess test " + UUID.randomUUID(), "assets:read", null, 600);
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> refused = api.postForm(Api.TOKEN_PATH, java.util.Map.of("grant_type", "client_credentials"),
                    client.clientId(), "guess-" + i);
            assertTrue(refused.statusCode() == 401 || refused.statusCode() == 429, refused::body);
        }
        String mail = MailOutbox.awaitMailTo("security@vakuumwerk.example", Duration.ofSeconds(20));
        assertTrue(mail.contains("token-abuse"), mail);
        admin.go("/portal/admin/security-events.xhtml");
        new WebDriverWait(admin.driver(), Duration.ofSeconds(20))
                .pollingEvery(Duration.ofSeconds(1)).until(d -> {
                    if (d.findElement(By.id("security:table")).getText().contains(client.clientId())) {
                        return true;
                    }
                    admin.ajax("security:refresh");
                    return false;
                });
        String row = admin.driver().findElement(By.xpath("//tr[td[normalize-space(.)='" + client.clientId() + "']]")).getText();
        assertTrue(row.matches(".*\\b1\\d / 15 min.*"), "ten or more refusals within 15 minutes: " + row);
        admin.browser().screenshot("security-events");
    }

    @Test
    void newCustomerAdminIsInvitedByMailAndLosesAccessWhenTheTenantIsSuspended() {
        String tenant = "Testkunde " + UUID.randomUUID().toString().substring(0, 8);
        String email = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@testkunde.example";
        admin.go("/portal/admin/tenants.xhtml");
        admin.type("create:name", tenant);
        admin.type("create:adminName", "Erika Mustermann");
        admin.type("create:adminEmail", email);
        admin.ajax("create:submit");
        assertTrue(admin.driver().findElement(By.id("tenants:table")).getText().contains(tenant));
        admin.browser().screenshot("tenants");

        String link = MailOutbox.link(MailOutbox.awaitMailTo(email, Duration.ofSeconds(10)));
        String password = Portal.newPassword("new-customer-admin");
        try (Portal invited = Portal.open()) {
            invited.driver().get(link);
            assertEquals(email, invited.text("invitee"));
            invited.type("accept:new", password);
            invited.type("accept:confirm", password);
            invited.submit("accept:submit");
            invited.waitForPath("/login.xhtml");

            // Customer admins must enrol TOTP before they reach the portal.
            invited.signIn(email, password);
            invited.enrolTotp();
            invited.acknowledgeRecoveryCodes();
            assertTrue(invited.text("tile-tenant").contains(tenant));

            // The link works once.
            invited.driver().get(link);
            assertFalse(invited.driver().findElements(By.id("invalid")).isEmpty());

            admin.go("/portal/admin/tenants.xhtml");
            admin.driver().findElement(By.xpath("//tr[td[normalize-space(.)='" + tenant + "']]//button")).click();
            admin.clickAjax(By.cssSelector(".ui-confirmdialog-yes"));
            assertTrue(admin.driver().findElement(By.id("tenants:table")).getText().contains("Suspended"));

            invited.go("/portal/dashboard.xhtml");
            invited.waitForPath("/login.xhtml");
            invited.signIn(email, password);
            assertEquals("/login.xhtml", invited.path(), "a suspended tenant's people cannot sign in");
        }
    }

    @Test
    void customerAdminInvitesAColleagueAndDisablingEndsTheirSession() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "kollege-" + suffix + "@beispiel-pharma.example";
        String name = "Neuer Kollege " + suffix;
        String password = Portal.newPassword("colleague");
        try (Portal customerAdmin = Portal.open(); Portal colleague = Portal.open()) {
            customerAdmin.firstSignInWithTotp(server.credential("demo.customer_admin.2.username"),
                    server.credential("demo.customer_admin.2.password"), Portal.newPassword("pharma-admin"));
            customerAdmin.go("/portal/company/users.xhtml");
            // Tenant isolation: Beispiel Pharma's admin sees Pharma's people and nobody of Muster.
            String people = customerAdmin.driver().findElement(By.id("users:table")).getText();
            assertTrue(people.contains(server.credential("demo.customer_user.3.username")));
            assertFalse(people.contains(server.credential("demo.customer_user.1.username")));
            assertFalse(people.contains(server.credential("demo.customer_admin.1.username")));
            // Only customer roles can be given in a customer tenant.
            assertFalse(customerAdmin.driver().findElement(By.id("invite:roles")).getText().contains("Platform"));
            customerAdmin.type("invite:name", name);
            customerAdmin.type("invite:email", email);
            customerAdmin.tick("invite:roles", "User");
            customerAdmin.ajax("invite:submit");
            assertTrue(customerAdmin.driver().findElement(By.id("users:table")).getText().contains(email));
            customerAdmin.browser().screenshot("company-users");

            // Exact search by name through the blind index: case and spaces do not matter, parts find nothing,
            // and a person of another tenant is not found by their whole name.
            customerAdmin.type("search:term", "  " + name.toUpperCase(Locale.ROOT).replace(" ", "  "));
            customerAdmin.ajax("search:find");
            String found = customerAdmin.driver().findElement(By.id("users:table")).getText();
            assertTrue(found.contains(email), found);
            assertFalse(found.contains(server.credential("demo.customer_user.3.username")), found);
            customerAdmin.type("search:term", "Neuer Kollege");
            customerAdmin.ajax("search:find");
            assertFalse(customerAdmin.driver().findElement(By.id("users:table")).getText().contains(email));
            assertTrue(customerAdmin.infos().stream().anyMatch(m -> m.contains("Neuer Kollege")), "says nobody was found");
            customerAdmin.type("search:term", "Klaus Müller");
            customerAdmin.ajax("search:find");
            assertFalse(customerAdmin.driver().findElement(By.id("users:table")).getText()
                    .contains(server.credential("demo.customer_user.1.username")), "Muster's people stay invisible");
            customerAdmin.type("search:term", email.toUpperCase(Locale.ROOT));
            customerAdmin.ajax("search:find");
            assertTrue(customerAdmin.driver().findElement(By.id("users:table")).getText().contains(email), "by address too");
            customerAdmin.ajax("search:all");
            assertTrue(customerAdmin.driver().findElement(By.id("users:table")).getText()
                    .contains(server.credential("demo.customer_user.3.username")));

            colleague.driver().get(MailOutbox.link(MailOutbox.awaitMailTo(email, Duration.ofSeconds(10))));
            colleague.type("accept:new", password);
            colleague.type("accept:confirm", password);
            colleague.submit("accept:submit");
            colleague.signIn(email, password);
            colleague.waitForPath("/portal/dashboard.xhtml");
            assertTrue(colleague.text("tile-tenant").contains("Beispiel Pharma AG"));

            customerAdmin.go("/portal/company/users.xhtml");
            customerAdmin.clickAjax(By.xpath(
                    "//tr[td[normalize-space(.)='" + email + "']]//button[normalize-space(.)='Disable']"));
            assertTrue(customerAdmin.infos().stream().anyMatch(m -> m.contains(email)));

            colleague.go("/portal/profile.xhtml");
            colleague.waitForPath("/login.xhtml");
        }
    }
}

package io.tresor.systemtest.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.systemtest.support.Api;
import io.tresor.systemtest.support.AuditExportScript;
import io.tresor.systemtest.support.TresorServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The auditor finds their own sign-in in the trail, opens it, verifies the chain and exports it; a customer admin sees their tenant only. */
class AuditPortalIT {

    private final TresorServer server = TresorServer.get();

    /** Events are listed once chained, a fraction of a second after they happen: search until one shows. */
    private static WebDriverWait searchUntilListed(Portal portal, String text) {
        WebDriverWait wait = new WebDriverWait(portal.driver(), Duration.ofSeconds(20));
        wait.pollingEvery(Duration.ofSeconds(1)).until(d -> {
            portal.ajax("filter:search");
            return d.findElement(By.id("events:table")).getText().contains(text);
        });
        return wait;
    }

    @Test
    void auditorFindsTheirSignInOpensItVerifiesTheChainAndExportsIt() throws Exception {
        try (Portal auditor = Portal.open()) {
            auditor.firstSignInWithTotp(server.credential("demo.auditor.1.username"),
                    server.credential("demo.auditor.1.password"), Portal.newPassword("auditor"));
            auditor.go("/portal/audit/events.xhtml");
            auditor.type("filter:action", "sign-in");
            WebDriverWait wait = searchUntilListed(auditor, "sign-in");
            List<WebElement> rows = auditor.driver().findElements(By.cssSelector("[id='events:table_data'] tr"));
            assertTrue(rows.stream().allMatch(r -> r.getText().contains("sign-in")), "the filter holds");
            String seq = rows.get(0).findElement(By.tagName("td")).getText().strip();
            rows.get(0).findElement(By.tagName("td")).click();
            wait.until(ExpectedConditions.textToBe(By.id("detail-seq"), seq));
            auditor.browser().screenshot("audit-trail");
            auditor.driver().findElement(By.cssSelector("[id='detail'] .ui-dialog-titlebar-close")).click();

            auditor.ajax("filter:verify");
            WebElement verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verification-result")));
            assertTrue(verdict.findElement(By.xpath("..")).getAttribute("class").contains("ok"), verdict.getText());
            assertEquals(List.of(), auditor.errors());

            // The export button: a JSON Lines file that verifies outside Tresor.
            auditor.driver().findElement(By.id("filter:export")).click();
            Path export = auditor.browser().downloaded(".jsonl", Duration.ofSeconds(30));
            assertTrue(Files.readString(export).contains("\"type\":\"checkpoint\""), "with the signed checkpoints");
            AuditExportScript.Verdict outside = AuditExportScript.verify(export);
            assertEquals(0, outside.exit(), outside.output());
            assertTrue(outside.output().startsWith("intact"), outside.output());
        }
    }

    @Test
    void aCustomerAdminSeesTheEventsOfTheirOwnTenantOnly() {
        try (Portal admin = Portal.open()) {
            admin.firstSignInWithTotp(server.credential("demo.customer_admin.1.username"),
                    server.credential("demo.customer_admin.1.password"), Portal.newPassword("muster-admin"));
            admin.go("/portal/audit/events.xhtml");
            assertTrue(admin.driver().findElements(By.id("filter:tenant")).isEmpty(), "no tenant to choose: it is theirs");
            WebDriverWait wait = searchUntilListed(admin, "sign-in");
            String table = admin.driver().findElement(By.id("events:table")).getText();
            assertFalse(table.contains("system.started"), "the platform's own events are not the tenant's");
            List<WebElement> rows = admin.driver().findElements(By.cssSelector("[id='events:table_data'] tr"));
            rows.get(0).findElement(By.tagName("td")).click();
            String tenant = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail-tenant"))).getText();
            // Muster's ERP integrator belongs to the same tenant as Muster's admin.
            Api api = server.api();
            String musterTenant = Api.json(api.get("/api/v1/me", api.token(server.credential("demo.customer.integrator.client_id"),
                    server.credential("demo.customer.integrator.client_secret")))).getString("tenantId");
            assertEquals(musterTenant, tenant);
            assertEquals(List.of(), admin.errors());
        }
    }
}

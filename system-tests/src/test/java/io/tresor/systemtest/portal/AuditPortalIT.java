package io.tresor.systemtest.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.systemtest.support.TresorServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The auditor finds their own sign-in in the trail, opens it, and verifies the chain. */
class AuditPortalIT {

    private final TresorServer server = TresorServer.get();

    @Test
    void auditorFindsTheirSignInOpensItAndVerifiesTheChain() {
        try (Portal auditor = Portal.open()) {
            auditor.firstSignInWithTotp(server.credential("demo.auditor.1.username"),
                    server.credential("demo.auditor.1.password"), Portal.newPassword("auditor"));
            auditor.go("/portal/audit/events.xhtml");
            auditor.type("filter:action", "sign-in");
            WebDriverWait wait = new WebDriverWait(auditor.driver(), Duration.ofSeconds(20));
            // Events are listed once chained, a fraction of a second after they happen.
            wait.pollingEvery(Duration.ofSeconds(1)).until(d -> {
                auditor.ajax("filter:search");
                return d.findElement(By.id("events:table")).getText().contains("sign-in");
            });
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
        }
    }
}

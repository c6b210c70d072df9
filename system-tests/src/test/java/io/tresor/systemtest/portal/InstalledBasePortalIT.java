package io.tresor.systemtest.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.systemtest.support.Api;
import io.tresor.systemtest.support.TresorServer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The installed base in the browser: an operator adds an asset type with its telemetry schema,
 * registers an asset for a customer and a device on it, and hands out enrollment tokens; a
 * customer user then finds the asset among their own and cannot reach another customer's.
 */
class InstalledBasePortalIT {

    private final TresorServer server = TresorServer.get();
    private final Api api = server.api();

    @Test
    void operatorRegistersTypeAssetAndDeviceAndTheCustomerSeesOnlyTheirOwn() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String typeName = "Browser pump " + unique;
        String serial = "WEB-" + unique;
        String deviceId = "web-box-" + unique;
        String token;
        try (Portal operator = Portal.open()) {
            operator.firstSignInWithTotp(server.credential("demo.operator.2.username"),
                    server.credential("demo.operator.2.password"), Portal.newPassword("operator-2"));

            operator.go("/portal/assets/types.xhtml");
            operator.type("create:name", typeName);
            operator.type("create:part", "WP-" + unique);
            operator.type("create:metrics:0:mname", "inletPressure");
            operator.type("create:metrics:0:munit", "mbar");
            operator.type("create:metrics:0:mmin", "0");
            operator.type("create:metrics:0:mmax", "1013.25");
            operator.ajax("create:addMetric");
            operator.type("create:metrics:1:mname", "overTemperature");
            operator.choose("create:metrics:1:mtype", "Yes/no");
            operator.ajax("create:submit");
            assertTrue(operator.infos().stream().anyMatch(m -> m.contains(typeName)), operator.infos().toString());
            String row = operator.driver().findElement(By.xpath("//tr[td[normalize-space(.)='" + typeName + "']]")).getText();
            assertTrue(row.contains("inletPressure [mbar]") && row.contains("overTemperature"), row);

            // Its schema grows by a metric: the editor shows the stored metrics, one more is added.
            operator.choose("create:editing", typeName);
            assertEquals("overTemperature", operator.driver().findElement(By.id("create:metrics:1:mname")).getAttribute("value"));
            operator.ajax("create:addMetric");
            operator.type("create:metrics:2:mname", "motorCurrent");
            operator.type("create:metrics:2:munit", "A");
            operator.ajax("create:submit");
            String changed = operator.driver().findElement(By.xpath("//tr[td[normalize-space(.)='" + typeName + "']]")).getText();
            assertTrue(changed.contains("motorCurrent [A]") && changed.contains("inletPressure [mbar]"), changed);

            // Its manual: the content must be a PDF, whatever the name says.
            Path fake = Files.write(Files.createTempFile("fake-", ".pdf"), new byte[] {'M', 'Z', (byte) 0x90, 0});
            operator.choose("documents:type", typeName);
            operator.driver().findElement(By.id("documents:file_input")).sendKeys(fake.toString());
            operator.waitForText("messages", "is not a .pdf file");
            Path manual = Files.createTempDirectory("manual").resolve("Manual " + unique + ".pdf");
            Files.writeString(manual, "%PDF-1.7\n% manual " + unique + "\n");
            operator.driver().findElement(By.id("documents:file_input")).sendKeys(manual.toString());
            operator.waitForText("documents:list", "Manual " + unique + ".pdf");
            operator.browser().screenshot("asset-types");

            // A new site, its contact corrected after opening it.
            operator.go("/portal/assets/sites.xhtml");
            operator.choose("create:tenant", "Muster Vakuumtechnik GmbH");
            operator.type("create:name", "Halle " + unique);
            operator.type("create:contactName", "Erika Muster");
            operator.ajax("create:submit");
            operator.clickAjax(By.xpath("//tr[td//span[@class='site-name' and text()='Halle " + unique + "']]//button"));
            assertEquals("Erika Muster", operator.text("opened-contact"));
            operator.type("contact:contactName", "Erika Mustermann");
            operator.ajax("contact:save");
            assertEquals("Erika Mustermann", operator.text("opened-contact"));

            operator.go("/portal/assets/list.xhtml");
            operator.choose("register:tenant", "Muster Vakuumtechnik GmbH");
            operator.choose("register:type", typeName);
            operator.choose("register:site", "Werk Freiburg");
            operator.type("register:serial", serial);
            operator.ajax("register:submit");
            assertTrue(operator.infos().stream().anyMatch(m -> m.contains(serial)), operator.infos().toString());

            // A CSV import beside it: the good row is registered, the bad one is listed with its line and reason.
            Path csv = Files.writeString(Files.createTempFile("assets-", ".csv"), "customer,assetType,serialNumber\n"
                    + "Muster Vakuumtechnik GmbH,WP-" + unique + "," + serial + "-CSV\n"
                    + "Muster Vakuumtechnik GmbH,no-such-type," + serial + "-BAD\n");
            operator.driver().findElement(By.id("import:file_input")).sendKeys(csv.toString());
            operator.waitForText("import:refused", "no-such-type");
            assertTrue(operator.infos().stream().anyMatch(m -> m.contains("One asset imported, one row refused.")),
                    operator.infos().toString());
            assertEquals("3", operator.driver().findElement(By.cssSelector(".refused-line")).getText());
            operator.browser().screenshot("assets-import");

            List<String> found = filterBySerial(operator, serial.substring(0, 8).toLowerCase());
            assertEquals(List.of(serial, serial + "-CSV"), found, "the filter is a case-insensitive prefix, done in the database");
            operator.browser().screenshot("assets-operator");

            operator.clickAjax(By.linkText(serial));
            operator.waitForPath("/portal/assets/asset.xhtml");
            assertEquals("Werk Freiburg", operator.text("fact-site"));
            operator.type("register:deviceId", deviceId);
            operator.ajax("register:submit");
            assertEquals(deviceId, operator.text("issued-device"));
            token = operator.text("issued-token");
            operator.browser().screenshot("asset-device-token");
            operator.ajax("token:dismiss");
            assertTrue(operator.driver().findElements(By.id("issued-token")).isEmpty(), "the token is shown only once");

            // A refusal is told from its code in the portal's language, filled with its arguments: the same id again.
            operator.type("register:deviceId", deviceId);
            operator.ajax("register:submit");
            assertEquals(List.of("A device with the id " + deviceId + " exists already."), operator.errors());
            // The language switch keeps the view but not its id parameter: the asset is opened again.
            java.net.URI assetPage = java.net.URI.create(operator.driver().getCurrentUrl());
            String assetPath = assetPage.getRawPath().substring(assetPage.getRawPath().indexOf("/portal/"))
                    + (assetPage.getRawQuery() == null ? "" : "?" + assetPage.getRawQuery());
            operator.switchLanguage("de");
            operator.go(assetPath);
            operator.type("register:deviceId", deviceId);
            operator.ajax("register:submit");
            assertEquals(List.of("Ein Gerät mit der ID " + deviceId + " gibt es bereits."), operator.errors());
            operator.switchLanguage("en");
            operator.go(assetPath);

            // The portal's token is a real one: the enrollment endpoint accepts it and only dislikes the request.
            assertEquals(400, enrollWithGarbage(deviceId, token));
            operator.clickAjax(By.xpath("//tr[td//span[@class='device-id' and text()='" + deviceId + "']]"
                    + "//button[normalize-space(.)='New enrollment token']"));
            String second = operator.text("issued-token");
            assertNotEquals(token, second);
            assertEquals(401, enrollWithGarbage(deviceId, token), "the first token stopped working");
            assertEquals(400, enrollWithGarbage(deviceId, second));

            operator.clickAjax(By.xpath("//tr[td//span[@class='device-id' and text()='" + deviceId + "']]"
                    + "//button[normalize-space(.)='Decommission']"));
            operator.clickAjax(By.cssSelector(".ui-confirmdialog-yes"));
            assertEquals("Decommissioned", operator.driver().findElement(By.xpath("//tr[td//span[@class='device-id' and text()='"
                    + deviceId + "']]//span[@class='device-state']")).getText());
            assertEquals(403, enrollWithGarbage(deviceId, second), "a decommissioned device enrolls no more");

            operator.choose("manage:status", "Maintenance");
            operator.ajax("manage:changeStatus");
            assertEquals("Maintenance", operator.text("fact-status"));

            // The imported pump goes to another customer; its ownership history shows both periods.
            filterBySerialOn(operator, serial + "-CSV");
            operator.clickAjax(By.linkText(serial + "-CSV"));
            operator.waitForPath("/portal/assets/asset.xhtml");
            operator.choose("manage:owner", "Beispiel Pharma AG");
            operator.driver().findElement(By.id("manage:handOver")).click();
            operator.clickAjax(By.cssSelector(".ui-confirmdialog-yes"));
            assertEquals("Beispiel Pharma AG", operator.text("fact-customer"));
            String periods = operator.text("ownership");
            assertTrue(periods.contains("Muster Vakuumtechnik GmbH") && periods.contains("Beispiel Pharma AG"), periods);
        }

        JsonObject pharmaAsset = Api.json(api.get("/api/v1/assets?limit=1&serialNumber=BP-", manufacturerToken()))
                .getJsonArray("items").getJsonObject(0);
        String pharmaSerial = pharmaAsset.getString("serialNumber");
        String pharmaId = pharmaAsset.getString("id");
        try (Portal customer = Portal.open()) {
            customer.signIn(server.credential("demo.customer_user.4.username"),
                    server.credential("demo.customer_user.4.password"));
            customer.changeInitialPassword(Portal.newPassword("customer-user-4"));
            customer.waitForPath("/portal/dashboard.xhtml");
            customer.go("/portal/assets/list.xhtml");
            assertTrue(customer.driver().findElements(By.id("register:submit")).isEmpty(), "customers register nothing");
            assertEquals(List.of(serial), filterBySerial(customer, serial), "the handed-over pump is no longer Muster's");
            assertEquals(List.of(), filterBySerial(customer, pharmaSerial), "another customer's asset is not listed");
            customer.browser().screenshot("assets-customer");

            filterBySerial(customer, serial);
            customer.clickAjax(By.linkText(serial));
            customer.waitForPath("/portal/assets/asset.xhtml");
            assertTrue(customer.driver().findElement(By.linkText("Manual " + unique + ".pdf")).isDisplayed(),
                    "the customer finds the manual of the type they own");
            customer.browser().screenshot("asset-customer");

            customer.go("/portal/assets/sites.xhtml");
            List<String> sites = customer.driver().findElements(By.cssSelector(".site-name")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(sites.contains("Werk Freiburg") && !sites.contains("Standort Basel-Nord"), sites.toString());

            customer.go("/portal/assets/asset.xhtml?id=" + pharmaId);
            assertFalse(customer.errors().isEmpty(), "another customer's asset is not found");
            assertTrue(customer.driver().findElements(By.id("facts")).isEmpty());
        }
    }

    private static void filterBySerialOn(Portal portal, String serial) {
        portal.go("/portal/assets/list.xhtml?serial=" + serial);
    }

    private static List<String> filterBySerial(Portal portal, String prefix) {
        portal.type("filters:serial", prefix);
        portal.ajax("filters:apply");
        return portal.driver().findElements(By.cssSelector("#assets\\:table a.serial")).stream()
                .map(WebElement::getText).toList();
    }

    private int enrollWithGarbage(String deviceId, String token) {
        return api.send(api.request("/api/v1/devices/" + deviceId + "/enroll")
                .header("Authorization", Api.basic(deviceId, token)).header("Content-Type", "application/pkcs10")
                .POST(HttpRequest.BodyPublishers.ofString("not a certificate request")).build()).statusCode();
    }

    private String manufacturerToken() {
        return api.token(server.credential("demo.manufacturer.integrator.client_id"),
                server.credential("demo.manufacturer.integrator.client_secret"));
    }
}

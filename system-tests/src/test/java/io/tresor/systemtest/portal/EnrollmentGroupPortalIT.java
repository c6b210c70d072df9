package io.tresor.systemtest.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.systemtest.support.Api;
import io.tresor.systemtest.support.Command;
import io.tresor.systemtest.support.TresorServer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Enrollment groups in the browser: an operator trusts a factory CA pasted as PEM and another
 * loaded from a file, is told clearly when a PEM is no CA certificate (and nothing is created),
 * reads a symmetric group's key exactly once and disables a group; the manufacturer's integrator
 * then finds over REST exactly the groups the page listed.
 */
class EnrollmentGroupPortalIT {

    private static final String BAD_PEM = "-----BEGIN CERTIFICATE-----\nTm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----";

    private final TresorServer server = TresorServer.get();
    private final Api api = server.api();
    private final String manufacturer = api.token(server.credential("demo.manufacturer.integrator.client_id"),
            server.credential("demo.manufacturer.integrator.client_secret"));

    @TempDir
    Path dir;

    @Test
    void operatorCreatesCertificateAndSymmetricGroupsSeesTheKeyOnceAndDisablesAGroup() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String typeName = "Group pump " + unique;
        String typeId = assetType(typeName, unique);
        Path pastedCa = factoryCa("Factory-CA-" + unique, "pasted");
        Path fileCa = factoryCa("Factory-CA-File-" + unique, "file");
        String pasted = "Line A " + unique;
        String uploaded = "Line B " + unique;
        String keyed = "Keyed " + unique;
        String bad = "Broken " + unique;
        try (Portal operator = Portal.open()) {
            operator.firstSignInWithTotp(server.credential("demo.operator.3.username"),
                    server.credential("demo.operator.3.password"), Portal.newPassword("operator-3"));
            operator.clickAjax(By.id("nav-enrollment-groups"));
            operator.waitForPath("/portal/assets/enrollment-groups.xhtml");

            createCertificateGroup(operator, typeName, bad, BAD_PEM);
            assertTrue(operator.errors().stream().anyMatch(m -> m.contains("not a usable factory CA certificate")),
                    operator.errors().toString());
            assertFalse(operator.text("groups:table").contains(bad), "a refused group is not listed");

            createCertificateGroup(operator, typeName, pasted, Files.readString(pastedCa));
            assertTrue(operator.infos().stream().anyMatch(m -> m.contains(pasted)), operator.infos().toString());
            String row = row(operator, pasted);
            assertTrue(row.contains("Certificate (X.509)") && row.contains("Enabled") && row.contains(typeName), row);
            assertTrue(row.toLowerCase(Locale.ROOT).contains("cn=factory-ca-" + unique), row);

            uploadCertificateGroup(operator, typeName, uploaded, fileCa);
            assertTrue(operator.infos().stream().anyMatch(m -> m.contains(uploaded)), operator.infos().toString());

            String key = createSymmetricGroupAndReadItsKey(operator, typeName, keyed);
            assertEquals(32, Base64.getDecoder().decode(key).length);
            operator.ajax("key:dismiss");
            assertTrue(operator.driver().findElements(By.id("group-key")).isEmpty(), "the key is shown only once");
            assertFalse(operator.driver().getPageSource().contains(key), "the key has left the page");

            disable(operator, uploaded);
            assertTrue(row(operator, uploaded).contains("Disabled"), row(operator, uploaded));
            ((JavascriptExecutor) operator.driver()).executeScript("window.scrollTo(0, 0);");
            operator.browser().screenshot("enrollment-groups");

            Map<String, JsonObject> listed = groupsOverRest(typeId);
            assertEquals(Set.of(pasted, uploaded, keyed), listed.keySet(),
                    "exactly the groups created in the portal, not the refused one");
            assertGroup(listed.get(pasted), "X509", "ENABLED", fingerprint(pastedCa), row(operator, pasted));
            assertGroup(listed.get(uploaded), "X509", "DISABLED", fingerprint(fileCa), row(operator, uploaded));
            assertGroup(listed.get(keyed), "SYMMETRIC", "ENABLED", null, row(operator, keyed));
            assertFalse(Api.json(api.get("/api/v1/enrollment-groups", manufacturer)).toString().contains(key));
        }
    }

    private static void createCertificateGroup(Portal operator, String typeName, String name, String pem) {
        operator.choose("certificate:type", typeName);
        operator.type("certificate:name", name);
        operator.type("certificate:pem", pem);
        operator.ajax("certificate:submit");
    }

    /** The file fills the PEM field (the upload alone is sent); the operator then names the group and creates it. */
    private static void uploadCertificateGroup(Portal operator, String typeName, String name, Path pem) {
        operator.choose("certificate:type", typeName);
        operator.driver().findElement(By.id("certificate:file_input")).sendKeys(pem.toString());
        operator.waitForText("messages", pem.getFileName().toString());
        operator.type("certificate:name", name);
        operator.ajax("certificate:submit");
    }

    private static void disable(Portal operator, String groupName) {
        operator.clickAjax(By.xpath(rowXpath(groupName) + "//button"));
        operator.clickAjax(By.cssSelector(".ui-confirmdialog-yes"));
    }

    private static String createSymmetricGroupAndReadItsKey(Portal operator, String typeName, String name) {
        operator.choose("symmetric:type", typeName);
        operator.type("symmetric:name", name);
        operator.ajax("symmetric:submit");
        assertEquals(name, operator.text("group-key-name"));
        String row = row(operator, name);
        assertTrue(row.contains("Symmetric key") && row.contains("Enabled"), row);
        return operator.text("group-key");
    }

    private static String rowXpath(String groupName) {
        return "//tr[td//span[@class='group-name' and text()='" + groupName + "']]";
    }

    private static String row(Portal operator, String groupName) {
        return operator.driver().findElement(By.xpath(rowXpath(groupName))).getText();
    }

    /** What the page showed is what the API holds: kind, state, and the CA by its fingerprint. */
    private static void assertGroup(JsonObject group, String kind, String state, String fingerprint, String row) {
        assertEquals(kind, group.getString("kind"));
        assertEquals(state, group.getString("state"));
        if (fingerprint == null) {
            assertFalse(group.containsKey("caFingerprint"), group.toString());
        } else {
            assertEquals(fingerprint, group.getString("caFingerprint"));
            assertTrue(row.contains(fingerprint) && row.contains(group.getString("caSubject")), row);
        }
    }

    private Map<String, JsonObject> groupsOverRest(String assetTypeId) {
        return Api.json(api.get("/api/v1/enrollment-groups", manufacturer)).getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(g -> assetTypeId.equals(g.getString("assetTypeId")))
                .collect(Collectors.toMap(g -> g.getString("name"), Function.identity()));
    }

    /** An asset type of this test's own, so that its groups are told apart from other tests'. */
    private String assetType(String name, String unique) {
        HttpResponse<String> created = api.send(api.request("/api/v1/asset-types")
                .header("Authorization", "Bearer " + manufacturer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"partNumber\":\"GP-" + unique
                        + "\",\"telemetrySchema\":[]}")).build());
        assertEquals(201, created.statusCode(), created.body());
        return Api.json(created).getString("id");
    }

    /** A self-signed factory CA made by openssl, as a manufacturer would have it; the PEM file's path. */
    private Path factoryCa(String commonName, String file) {
        Command.Result made = Command.run(dir, "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                "ec_paramgen_curve:P-256", "-nodes", "-subj", "/CN=" + commonName, "-days", "30",
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
                "-keyout", file + ".key", "-out", file + ".pem");
        assertTrue(made.ok(), made.output());
        return dir.resolve(file + ".pem");
    }

    /** The SHA-256 fingerprint as openssl prints it, in the API's form (lower-case hex without colons). */
    private String fingerprint(Path pem) {
        Command.Result printed = Command.run(dir, "openssl", "x509", "-in", pem.toString(), "-noout", "-fingerprint", "-sha256");
        assertTrue(printed.ok(), printed.output());
        return printed.output().strip().replaceFirst("(?i)^sha256 fingerprint=", "").replace(":", "").toLowerCase(Locale.ROOT);
    }
}

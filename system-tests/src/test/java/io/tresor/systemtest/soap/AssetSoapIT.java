package io.tresor.systemtest.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.systemtest.soap.client.Asset;
import io.tresor.systemtest.soap.client.AssetPage;
import io.tresor.systemtest.soap.client.AssetRegistration;
import io.tresor.systemtest.soap.client.AssetService;
import io.tresor.systemtest.soap.client.DeviceStatus;
import io.tresor.systemtest.soap.client.SoapFault;
import io.tresor.systemtest.support.Api;
import io.tresor.systemtest.support.TresorServer;
import jakarta.json.JsonObject;
import jakarta.xml.ws.WebServiceException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The AssetService over SOAP with the generated client; every read checked with the other tenant's ids. */
class AssetSoapIT {

    private static final String MUSTER = "Muster Vakuumtechnik GmbH";
    private static final String PHARMA = "Beispiel Pharma AG";

    private final TresorServer server = TresorServer.get();
    private final Api api = server.api();
    private final SoapClient soap = new SoapClient(server);
    private final String manufacturer = api.token(server.credential("demo.manufacturer.integrator.client_id"),
            server.credential("demo.manufacturer.integrator.client_secret"));
    private final String customer = api.token(server.credential("demo.customer.integrator.client_id"),
            server.credential("demo.customer.integrator.client_secret"));

    @Test
    void listsAssetsPageByPageFilteredByTenantAndSerialNumberPrefix() throws SoapFault {
        AssetService port = soap.port(manufacturer);
        AssetPage first = port.listAssets(null, 5, null, null, null);
        assertEquals(5, first.getAsset().size());
        assertTrue(first.getTotal() >= 40, "both customers' demo assets: " + first.getTotal());
        AssetPage second = port.listAssets(5, 5, null, null, null);
        assertFalse(second.getAsset().stream().anyMatch(a -> ids(first).contains(a.getId())), "pages do not overlap");

        String pharma = tenantId(PHARMA);
        AssetPage pharmas = port.listAssets(0, 500, pharma, null, null);
        assertTrue(pharmas.getTotal() >= 20);
        pharmas.getAsset().forEach(a -> assertEquals(pharma, a.getTenantId()));

        Asset some = pharmas.getAsset().get(3);
        String prefix = some.getSerialNumber().substring(0, some.getSerialNumber().length() - 1).toLowerCase();
        AssetPage found = port.listAssets(0, 50, null, some.getAssetTypeId(), prefix);
        assertTrue(ids(found).contains(some.getId()));
        found.getAsset().forEach(a -> assertTrue(a.getSerialNumber().toLowerCase().startsWith(prefix)));
    }

    @Test
    void getsAnAssetWithTheFieldsRestShows() throws SoapFault {
        JsonObject rest = Api.json(api.get("/api/v1/assets?limit=1", manufacturer)).getJsonArray("items").getJsonObject(0);
        Asset asset = soap.port(manufacturer).getAsset(rest.getString("id"));
        assertEquals(rest.getString("serialNumber"), asset.getSerialNumber());
        assertEquals(rest.getString("assetTypeId"), asset.getAssetTypeId());
        assertEquals(rest.getString("tenantId"), asset.getTenantId());
        assertEquals(rest.getString("siteId"), asset.getSiteId());
        assertEquals(rest.getString("status"), asset.getStatus());
        assertEquals(rest.getString("installedOn"), asset.getInstalledOn().toXMLFormat());
    }

    @Test
    void manufacturerRegistersAnAssetOnceAndTheSameSerialNumberIsAConflict() throws Exception {
        String muster = tenantId(MUSTER);
        JsonObject existing = Api.json(api.get("/api/v1/assets?limit=1&tenantId=" + muster, manufacturer))
                .getJsonArray("items").getJsonObject(0);
        AssetRegistration registration = new AssetRegistration();
        registration.setTenantId(muster);
        registration.setAssetTypeId(existing.getString("assetTypeId"));
        registration.setSerialNumber("SOAP-" + UUID.randomUUID().toString().substring(0, 8));
        registration.setSiteId(existing.getString("siteId"));
        registration.setInstalledOn(DatatypeFactory.newInstance().newXMLGregorianCalendar("2026-03-01"));

        Asset created = soap.port(manufacturer).registerAsset(registration);
        assertEquals(registration.getSerialNumber(), created.getSerialNumber());
        assertEquals(muster, created.getTenantId());
        assertEquals("2026-03-01", created.getInstalledOn().toXMLFormat());
        JsonObject overRest = Api.json(api.get("/api/v1/assets/" + created.getId(), manufacturer));
        assertEquals(registration.getSerialNumber(), overRest.getString("serialNumber"));
        assertEquals(existing.getString("siteId"), overRest.getString("siteId"));

        assertFault("CONFLICT", "asset.serialTaken", () -> soap.port(manufacturer).registerAsset(registration));
    }

    @Test
    void reportsADevicesStatus() throws SoapFault {
        JsonObject device = registerDevice(tenantId(MUSTER));
        DeviceStatus status = soap.port(manufacturer).getDeviceStatus(device.getString("id"));
        assertEquals(device.getString("id"), status.getId());
        assertEquals(device.getString("assetId"), status.getAssetId());
        assertEquals("REGISTERED", status.getState());
        assertEquals(status.getState(), soap.port(customer).getDeviceStatus(device.getString("id")).getState(),
                "the owning customer sees it too");
    }

    @Test
    void aCustomersClientSeesOnlyItsOwnTenantAndRegistersNothing() throws SoapFault {
        String muster = tenantId(MUSTER);
        String pharma = tenantId(PHARMA);
        AssetService port = soap.port(customer);
        AssetPage own = port.listAssets(0, 500, null, null, null);
        assertTrue(own.getTotal() >= 20);
        own.getAsset().forEach(a -> assertEquals(muster, a.getTenantId()));
        assertEquals(0, port.listAssets(0, 500, pharma, null, null).getTotal());

        JsonObject pharmaAsset = Api.json(api.get("/api/v1/assets?limit=1&tenantId=" + pharma, manufacturer))
                .getJsonArray("items").getJsonObject(0);
        assertEquals(0, port.listAssets(0, 50, null, null, pharmaAsset.getString("serialNumber")).getTotal());
        assertFault("NOT_FOUND", "asset.notFound", () -> port.getAsset(pharmaAsset.getString("id")));
        String pharmaDevice = registerDevice(pharma).getString("id");
        assertFault("NOT_FOUND", "device.notFound", () -> port.getDeviceStatus(pharmaDevice));

        AssetRegistration registration = new AssetRegistration();
        registration.setTenantId(muster);
        registration.setAssetTypeId(pharmaAsset.getString("assetTypeId"));
        registration.setSerialNumber("SOAP-CUSTOMER-" + UUID.randomUUID());
        assertFault("FORBIDDEN", "scope.missing", () -> port.registerAsset(registration));
        assertEquals(0, port.listAssets(0, 50, null, null, registration.getSerialNumber()).getTotal());
    }

    @Test
    void eachOperationNeedsItsScope() {
        String assetsOnly = api.token(server.credential("demo.manufacturer.integrator.client_id"),
                server.credential("demo.manufacturer.integrator.client_secret"), "assets:read");
        assertFault("FORBIDDEN", "scope.missing", () -> soap.port(assetsOnly).getDeviceStatus("any"));
        assertFault("FORBIDDEN", "scope.missing", () -> soap.port(assetsOnly).registerAsset(new AssetRegistration()));
        String devicesOnly = api.token(server.credential("demo.manufacturer.integrator.client_id"),
                server.credential("demo.manufacturer.integrator.client_secret"), "devices:read");
        assertFault("FORBIDDEN", "scope.missing", () -> soap.port(devicesOnly).listAssets(0, 1, null, null, null));
    }

    @Test
    void unknownIdsAndBadInputAreFaultsWithTheirCode() {
        AssetService port = soap.port(manufacturer);
        assertFault("NOT_FOUND", "asset.notFound", () -> port.getAsset(UUID.randomUUID().toString()));
        assertFault("NOT_FOUND", "device.notFound", () -> port.getDeviceStatus(UUID.randomUUID().toString()));
        assertFault("INVALID", "page.invalid", () -> port.listAssets(0, 100_000, null, null, null));
    }

    @Test
    void aDateThatIsNoDateIsAFaultSayingSoAndRegistersNothing() {
        String muster = tenantId(MUSTER);
        String typeId = Api.json(api.get("/api/v1/assets?limit=1&tenantId=" + muster, manufacturer))
                .getJsonArray("items").getJsonObject(0).getString("assetTypeId");
        String serial = "SOAP-BAD-DATE-" + UUID.randomUUID();
        HttpResponse<String> refused = soap.post(manufacturer, SoapClient.envelope(
                "<a:registerAsset xmlns:a=\"urn:tresor:soap:asset:1\"><registration><tenantId>" + muster
                        + "</tenantId><assetTypeId>" + typeId + "</assetTypeId><serialNumber>" + serial
                        + "</serialNumber><installedOn>2026-13-45</installedOn></registration></a:registerAsset>"));
        assertEquals(500, refused.statusCode(), "SOAP 1.1 faults travel with 500: " + refused.body());
        assertTrue(refused.body().contains("<code>asset.installedOnInvalid</code>"), refused.body());
        assertTrue(refused.body().contains("installedOn must be an xs:date such as 2026-03-01, not 2026-13-45"));
        assertFalse(refused.body().contains("\tat "), "no stack trace: " + refused.body());
        assertEquals(0, Api.json(api.get("/api/v1/assets?serialNumber=" + serial, manufacturer)).getInt("total"));
    }

    @Test
    void withoutAValidTokenNothingIsAnswered() {
        WebServiceException anonymous = assertThrows(WebServiceException.class,
                () -> soap.port(null).listAssets(0, 1, null, null, null));
        assertTrue(anonymous.getMessage().contains("401"), anonymous.getMessage());
        assertThrows(WebServiceException.class, () -> soap.port("not-a-jwt").getAsset("x"));

        String list = SoapClient.envelope("<a:listAssets xmlns:a=\"urn:tresor:soap:asset:1\"/>");
        for (String token : new String[] {null, "not-a-jwt", manufacturer.substring(0, manufacturer.length() - 4) + "AAAA"}) {
            HttpResponse<String> refused = soap.post(token, list);
            assertEquals(401, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            assertTrue(refused.body().contains("<faultcode>S:Client</faultcode>"), refused.body());
            assertFalse(refused.body().contains("<asset>"));
        }
        assertEquals(401, api.get(SoapClient.PATH).statusCode(), "the endpoint page is not public, only the WSDL");
    }

    @Test
    void theWsdlIsPublicNamesNoRuntimeVersionAndIsTheCheckedInContract() throws IOException {
        Path wsdl = Path.of("src/test/wsdl");
        String[][] documents = {{"?wsdl", "AssetService.wsdl"}, {"?xsd=1", "AssetService-1.xsd"},
                {"?xsd=2", "AssetService-2.xsd"}};
        for (String[] document : documents) {
            HttpResponse<String> live = api.get(SoapClient.PATH + document[0]);
            assertEquals(200, live.statusCode());
            assertFalse(live.body().contains("<!--") || live.body().contains("4.0."), "no runtime version: " + live.body());
            assertEquals(elements(Files.readString(wsdl.resolve(document[1]))), elements(live.body()),
                    "the live " + document[0] + " differs from src/test/wsdl/" + document[1]
                            + ": a contract change must update the checked-in WSDL (and tell integrators)");
        }
    }

    /**
     * The description's elements, one per line, sorted: the runtime lists operations in the
     * order reflection hands out the endpoint's methods, which changes from one start to the next.
     */
    private static List<String> elements(String description) {
        return Arrays.stream(normalised(description).replace("><", ">\n<").split("\n")).map(String::strip).sorted()
                .toList();
    }

    /** Addresses are the server's own; everything else must match. */
    private static String normalised(String description) {
        return description.replaceAll("schemaLocation=\"[^\"]*?(\\d)(\\.xsd)?\"", "schemaLocation=\"$1\"")
                .replaceAll("location=\"https://[^/]+/", "location=\"/").strip();
    }

    @Test
    void aDoctypeReadingALocalFileIsRefusedAndNothingOfTheFileIsAnswered() throws IOException {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + SoapClient.envelope("<a:getAsset xmlns:a=\"urn:tresor:soap:asset:1\"><id>&xxe;</id></a:getAsset>");
        List<String> passwd = Files.readAllLines(Path.of("/etc/passwd")).stream().filter(l -> !l.isBlank()).limit(3).toList();
        for (String token : new String[] {manufacturer, customer, null}) {
            HttpResponse<String> refused = soap.post(token, xxe);
            assertEquals(token == null ? 401 : 400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("S:Fault"), refused.body());
            passwd.forEach(line -> assertFalse(refused.body().contains(line), "a line of /etc/passwd was answered"));
            assertFalse(refused.body().contains("root:"), refused.body());
        }
        assertTrue(soap.post(manufacturer, xxe).body().contains("DOCTYPE"), "the fault says why");
    }

    @Test
    void billionLaughsIsRefusedAtOnceAndTheServerStaysQuick() throws SoapFault {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            dtd.append("<!ENTITY lol").append(level).append(" \"").append(("&lol" + (level - 1) + ";").repeat(10))
                    .append("\">");
        }
        String bomb = dtd + "]>" + SoapClient.envelope("<a:getAsset xmlns:a=\"urn:tresor:soap:asset:1\"><id>&lol9;</id>"
                + "</a:getAsset>");
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            HttpResponse<String> refused = soap.post(manufacturer, bomb);
            assertEquals(400, refused.statusCode(), refused.body());
            assertFalse(refused.body().contains("lollollol"));
        });
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> soap.port(manufacturer).listAssets(0, 1, null, null, null));
    }

    @Test
    void anExternalDtdOrParameterEntityIsNeverFetched() throws IOException {
        try (ServerSocket attacker = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + attacker.getLocalPort() + "/evil.dtd";
            String body = SoapClient.envelope("<a:getAsset xmlns:a=\"urn:tresor:soap:asset:1\"><id>x</id></a:getAsset>");
            assertEquals(400, soap.post(manufacturer, "<!DOCTYPE r SYSTEM \"" + url + "\">" + body).statusCode());
            assertEquals(400, soap.post(manufacturer, "<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>" + body)
                    .statusCode());
            attacker.setSoTimeout(500);
            assertThrows(SocketTimeoutException.class, attacker::accept, "the server fetched the attacker's DTD");
        }
    }

    private static void assertFault(String kind, String code, Executable call) {
        SoapFault fault = assertThrows(SoapFault.class, call);
        assertEquals(kind, fault.getFaultInfo().getKind(), fault.getMessage());
        assertEquals(code, fault.getFaultInfo().getCode(), fault.getMessage());
        assertFalse(fault.getFaultInfo().getMessage().isBlank());
        assertEquals(fault.getFaultInfo().getMessage(), fault.getMessage(), "the fault string is the message");
    }

    private static List<String> ids(AssetPage page) {
        return page.getAsset().stream().map(Asset::getId).toList();
    }

    private String tenantId(String name) {
        return Api.json(api.get("/api/v1/tenants", manufacturer)).getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(t -> t.getString("name").equals(name)).findFirst().orElseThrow()
                .getString("id");
    }

    /** A new device (over REST) on the first asset of {@code tenantId}. */
    private JsonObject registerDevice(String tenantId) {
        String assetId = Api.json(api.get("/api/v1/assets?limit=1&tenantId=" + tenantId, manufacturer))
                .getJsonArray("items").getJsonObject(0).getString("id");
        HttpResponse<String> created = api.send(api.request("/api/v1/devices").header("Authorization", "Bearer " + manufacturer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"assetId\":\"" + assetId + "\"}")).build());
        assertEquals(201, created.statusCode(), created.body());
        return Api.json(created);
    }
}

package io.tresor.systemtest.asset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.systemtest.support.Api;
import io.tresor.systemtest.support.TresorServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Asset types, sites and assets as integrators use them; every read checked with the other tenant's ids. */
class InstalledBaseApiIT {

    private final TresorServer server = TresorServer.get();
    private final Api api = server.api();
    private final String manufacturer = api.token(server.credential("demo.manufacturer.integrator.client_id"),
            server.credential("demo.manufacturer.integrator.client_secret"));
    private final String customer = api.token(server.credential("demo.customer.integrator.client_id"),
            server.credential("demo.customer.integrator.client_secret"));

    @Test
    void manufacturerRegistersAnAssetTypeASiteAndAnAssetAndMovesItToAnotherCustomer() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> type = post(manufacturer, "/api/v1/asset-types", "{\"name\":\"Test pump " + unique
                + "\",\"partNumber\":\"TP-" + unique + "\",\"telemetrySchema\":[{\"name\":\"inletPressure\",\"unit\":\"mbar\","
                + "\"type\":\"number\",\"min\":0,\"max\":1013.25},{\"name\":\"running\",\"type\":\"boolean\"}]}");
        assertEquals(201, type.statusCode(), type.body());
        JsonObject created = Api.json(type);
        JsonObject metric = created.getJsonArray("telemetrySchema").getJsonObject(0);
        assertEquals("inletPressure", metric.getString("name"));
        assertEquals("mbar", metric.getString("unit"));
        assertEquals("number", metric.getString("type"));
        assertEquals(1013.25, metric.getJsonNumber("max").doubleValue());
        assertEquals(created, Api.json(api.get("/api/v1/asset-types/" + created.getString("id"), customer)),
                "customers read the catalogue too");

        String muster = tenantId("Muster Vakuumtechnik GmbH");
        String pharma = tenantId("Beispiel Pharma AG");
        HttpResponse<String> site = post(manufacturer, "/api/v1/sites", "{\"tenantId\":\"" + muster + "\",\"name\":\"Halle "
                + unique + "\",\"address\":\"Hafenweg 1, 79108 Freiburg\",\"contactName\":\"Erika Beispiel\","
                + "\"contactPhone\":\"+49 761 555 0100\"}");
        assertEquals(201, site.statusCode(), site.body());
        String siteId = Api.json(site).getString("id");
        assertEquals("Erika Beispiel", Api.json(api.get("/api/v1/sites/" + siteId, customer)).getString("contactName"));

        String asset = "{\"tenantId\":\"" + muster + "\",\"assetTypeId\":\"" + created.getString("id")
                + "\",\"serialNumber\":\"SN-" + unique + "\",\"siteId\":\"" + siteId + "\",\"installedOn\":\"2026-03-01\"}";
        HttpResponse<String> registered = post(manufacturer, "/api/v1/assets", asset);
        assertEquals(201, registered.statusCode(), registered.body());
        JsonObject a = Api.json(registered);
        assertEquals(muster, a.getString("tenantId"));
        assertEquals(siteId, a.getString("siteId"));
        assertEquals("SN-" + unique, a.getString("serialNumber"));
        assertProblem(post(manufacturer, "/api/v1/assets", asset), 409, "asset.serialTaken");

        JsonObject found = Api.json(api.get("/api/v1/assets?serialNumber=sn-" + unique, customer));
        assertEquals(1, found.getInt("total"));
        assertEquals(a.getString("id"), found.getJsonArray("items").getJsonObject(0).getString("id"));

        // Site and contact change; the asset moves to no site and gets its installation date.
        HttpResponse<String> changedSite = put(manufacturer, "/api/v1/sites/" + siteId, "{\"name\":\"Halle " + unique
                + " Nord\",\"contactName\":\"Max Beispiel\",\"contactEmail\":\"max@example.org\"}");
        assertEquals(200, changedSite.statusCode(), changedSite.body());
        JsonObject siteNow = Api.json(api.get("/api/v1/sites/" + siteId, manufacturer));
        assertEquals("Max Beispiel", siteNow.getString("contactName"));
        assertFalse(siteNow.containsKey("address"), "a PUT replaces the whole contact");
        assertEquals(403, put(customer, "/api/v1/sites/" + siteId, "{\"name\":\"x\"}").statusCode());
        JsonObject relocated = Api.json(put(manufacturer, "/api/v1/assets/" + a.getString("id"),
                "{\"installedOn\":\"2026-04-01\"}"));
        assertFalse(relocated.containsKey("siteId"));
        assertEquals("2026-04-01", relocated.getString("installedOn"));
        assertProblem(put(manufacturer, "/api/v1/assets/" + a.getString("id"), "{\"siteId\":\""
                + Api.json(api.get("/api/v1/sites?tenantId=" + pharma, manufacturer)).getJsonArray("items").getJsonObject(0)
                .getString("id") + "\"}"), 400, "asset.siteInvalid");

        HttpResponse<String> moved = post(manufacturer, "/api/v1/assets/" + a.getString("id") + "/move",
                "{\"tenantId\":\"" + pharma + "\"}");
        assertEquals(200, moved.statusCode(), moved.body());
        JsonArray periods = Api.json(api.get("/api/v1/assets/" + a.getString("id"), manufacturer)).getJsonArray("ownership");
        assertEquals(2, periods.size());
        assertEquals(muster, periods.getJsonObject(0).getString("tenantId"));
        assertTrue(periods.getJsonObject(0).containsKey("until"));
        assertEquals(pharma, periods.getJsonObject(1).getString("tenantId"));
        assertFalse(periods.getJsonObject(1).containsKey("until"));
        assertEquals(404, api.get("/api/v1/assets/" + a.getString("id"), customer).statusCode(),
                "the previous owner no longer sees the machine");
    }

    @Test
    void aCustomerSeesOnlyItsOwnInstalledBaseAndChangesNothing() {
        String muster = tenantId("Muster Vakuumtechnik GmbH");
        String pharma = tenantId("Beispiel Pharma AG");
        JsonObject own = Api.json(api.get("/api/v1/assets?limit=500", customer));
        assertTrue(own.getInt("total") >= 20);
        own.getJsonArray("items").forEach(v -> assertEquals(muster, v.asJsonObject().getString("tenantId")));
        assertEquals(0, Api.json(api.get("/api/v1/assets?tenantId=" + pharma, customer)).getInt("total"));

        JsonObject pharmaAsset = Api.json(api.get("/api/v1/assets?limit=1&tenantId=" + pharma, manufacturer))
                .getJsonArray("items").getJsonObject(0);
        assertProblem(api.get("/api/v1/assets/" + pharmaAsset.getString("id"), customer), 404, "asset.notFound");
        assertProblem(api.get("/api/v1/sites/" + pharmaAsset.getString("siteId"), customer), 404, "site.notFound");
        assertEquals(0, Api.json(api.get("/api/v1/sites?tenantId=" + pharma, customer)).getJsonArray("items").size());
        Api.json(api.get("/api/v1/sites", customer)).getJsonArray("items")
                .forEach(v -> assertEquals(muster, v.asJsonObject().getString("tenantId")));
        Api.json(api.get("/api/v1/devices?limit=500", customer)).getJsonArray("items")
                .forEach(v -> assertEquals(muster, v.asJsonObject().getString("tenantId")));
        String pharmaDevice = Api.json(post(manufacturer, "/api/v1/devices", "{\"assetId\":\""
                + pharmaAsset.getString("id") + "\"}")).getString("id");
        assertProblem(api.get("/api/v1/devices/" + pharmaDevice, customer), 404, "device.notFound");
        assertEquals(0, Api.json(api.get("/api/v1/devices?assetId=" + pharmaAsset.getString("id"), customer)).getInt("total"));
        assertEquals(0, Api.json(api.get("/api/v1/devices?tenantId=" + pharma, customer)).getInt("total"));
        assertProblem(post(customer, "/api/v1/devices/" + pharmaDevice + "/revoke", "{}"), 403, null);

        HttpResponse<String> refused = post(customer, "/api/v1/assets", "{\"tenantId\":\"" + muster + "\"}");
        assertEquals(403, refused.statusCode(), "a customer's client has no assets:write scope");
        assertEquals(403, post(customer, "/api/v1/devices", "{\"assetId\":\"" + pharmaAsset.getString("id") + "\"}")
                .statusCode());
    }

    @Test
    void csvImportRegistersTheGoodRowsAndReportsEachBadOneWithoutHalfWritingIt() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String csv = "Customer;Asset Type;Serial Number;Site;Installed On;Status\n"
                + "Muster Vakuumtechnik GmbH;RA0630C;CSV-" + unique + "-1;Werk Lörrach;2025-04-01;maintenance\n"
                + "Beispiel Pharma AG;MV0080B;CSV-" + unique + "-2;;;\n"
                + "Nobody GmbH;RA0630C;CSV-" + unique + "-3;;;\n"
                + "Muster Vakuumtechnik GmbH;RA0630C;CSV-" + unique + "-1;;;\n"
                + "Muster Vakuumtechnik GmbH;RA0630C;CSV-" + unique + "-5;;01.04.2025;\n"
                + "Muster Vakuumtechnik GmbH;RA0630C;CSV-" + unique + "-6;;;broken\n";
        HttpResponse<String> response = postCsv(manufacturer, csv);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = Api.json(response);
        assertEquals(2, report.getInt("imported"));
        JsonArray refused = report.getJsonArray("refused");
        assertEquals(List.of(4, 5, 6, 7), refused.stream().map(v -> v.asJsonObject().getInt("line")).toList());
        assertTrue(refused.getJsonObject(0).getString("message").contains("Nobody GmbH"), refused.toString());
        assertTrue(refused.getJsonObject(1).getString("message").contains("exists"), refused.toString());
        assertTrue(refused.getJsonObject(2).getString("message").contains("2026-11-22"), refused.toString());
        assertTrue(refused.getJsonObject(3).getString("message").contains("IN_OPERATION"), refused.toString());

        JsonObject first = Api.json(api.get("/api/v1/assets?serialNumber=CSV-" + unique + "-1", manufacturer))
                .getJsonArray("items").getJsonObject(0);
        assertEquals("MAINTENANCE", first.getString("status"));
        assertEquals("2025-04-01", first.getString("installedOn"));
        assertTrue(first.containsKey("siteId"));
        // The row with an unknown status would have been a valid asset: it is not there at all.
        assertEquals(0, Api.json(api.get("/api/v1/assets?serialNumber=CSV-" + unique + "-6", manufacturer)).getInt("total"));
        assertEquals(0, Api.json(api.get("/api/v1/assets?serialNumber=CSV-" + unique + "-5", manufacturer)).getInt("total"));

        assertProblem(postCsv(manufacturer, "customer,serialNumber\nMuster Vakuumtechnik GmbH,X-1\n"), 400,
                "import.columnMissing");
        assertEquals(403, postCsv(customer, csv).statusCode(), "a customer's client cannot import");
    }

    @Test
    void documentsAreCheckedByContentAndReachCustomersOnlyForTypesTheyOwn() {
        String ra0630 = typeIdByPart("RA0630C");
        byte[] pdf = ("%PDF-1.7\n% Betriebsanleitung " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> uploaded = upload(manufacturer, ra0630, "Betriebsanleitung RA 0630 C.pdf", pdf);
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        JsonObject document = Api.json(uploaded);
        assertEquals("application/pdf", document.getString("mediaType"));
        assertEquals(pdf.length, document.getInt("size"));
        String path = "/api/v1/asset-types/" + ra0630 + "/documents/" + document.getString("id");

        // Muster owns pumps of this type: its client lists and downloads the manual, as an attachment.
        assertTrue(Api.json(api.get("/api/v1/asset-types/" + ra0630 + "/documents", customer)).getJsonArray("items")
                .stream().anyMatch(v -> v.asJsonObject().getString("id").equals(document.getString("id"))));
        HttpResponse<byte[]> download = api.sendBytes(api.request(path).header("Authorization", "Bearer " + customer)
                .GET().build());
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        assertEquals("application/pdf", Api.mediaType(download));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));

        // A type the customer owns nothing of: its documents do not exist for the customer.
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String other = Api.json(post(manufacturer, "/api/v1/asset-types", "{\"name\":\"Doc type " + unique
                + "\",\"partNumber\":\"DT-" + unique + "\"}")).getString("id");
        String hidden = Api.json(upload(manufacturer, other, "secret.pdf", pdf)).getString("id");
        assertProblem(api.get("/api/v1/asset-types/" + other + "/documents", customer), 404, "assetType.notFound");
        assertEquals(404, api.get("/api/v1/asset-types/" + other + "/documents/" + hidden, customer).statusCode());

        assertProblem(upload(manufacturer, ra0630, "manual.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0}), 400,
                "document.content");
        assertProblem(upload(manufacturer, ra0630, "macros.xlsm", new byte[] {'P', 'K', 3, 4}), 400, "document.type");
        assertEquals(403, upload(customer, ra0630, "manual.pdf", pdf).statusCode());

        assertEquals(204, api.send(api.request(path).header("Authorization", "Bearer " + manufacturer).DELETE().build())
                .statusCode());
        assertEquals(404, api.get(path, manufacturer).statusCode());
    }

    private String typeIdByPart(String partNumber) {
        return Api.json(api.get("/api/v1/asset-types", manufacturer)).getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(t -> t.getString("partNumber").equals(partNumber)).findFirst()
                .orElseThrow().getString("id");
    }

    private HttpResponse<String> upload(String token, String typeId, String fileName, byte[] content) {
        return api.send(api.request("/api/v1/asset-types/" + typeId + "/documents?fileName="
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build());
    }

    private HttpResponse<String> postCsv(String token, String csv) {
        return api.send(api.request("/api/v1/assets/import").header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(csv)).build());
    }

    @Test
    void pagesFollowEachOtherInTheChosenOrder() {
        List<String> descending = serials("/api/v1/assets?order=desc&limit=10");
        List<String> sorted = new java.util.ArrayList<>(descending);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, descending);
        List<String> first = serials("/api/v1/assets?limit=5");
        List<String> second = serials("/api/v1/assets?limit=5&offset=5");
        assertEquals(serials("/api/v1/assets?limit=10"), java.util.stream.Stream.concat(first.stream(), second.stream()).toList());
        List<String> typeNames = Api.json(api.get("/api/v1/assets?sort=assetType&limit=50", customer)).getJsonArray("items")
                .stream().map(v -> v.asJsonObject().getString("assetTypeName")).toList();
        List<String> byType = new java.util.ArrayList<>(typeNames);
        java.util.Collections.sort(byType);
        assertEquals(byType, typeNames);
    }

    private List<String> serials(String path) {
        return Api.json(api.get(path, customer)).getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("serialNumber")).toList();
    }

    @Test
    void badInputIsAProblemNamingWhatIsWrong() {
        assertEquals(400, post(manufacturer, "/api/v1/asset-types", "{not json").statusCode());
        HttpResponse<String> badType = post(manufacturer, "/api/v1/asset-types", "{\"name\":\"x\",\"partNumber\":\"y\","
                + "\"telemetrySchema\":[{\"name\":\"notes\",\"type\":\"text\"}]}");
        assertEquals(400, badType.statusCode());
        assertTrue(Api.json(badType).getString("detail").contains("number, integer, boolean"), badType.body());
        assertProblem(api.get("/api/v1/assets/" + UUID.randomUUID(), manufacturer), 404, "asset.notFound");
        assertEquals(400, api.get("/api/v1/assets?limit=100000", manufacturer).statusCode());

        HttpResponse<String> missing = post(manufacturer, "/api/v1/assets", "{\"tenantId\":\"t\",\"assetTypeId\":\"a\"}");
        assertProblem(missing, 400, "body.fieldMissing");
        assertEquals("The field serialNumber is required", Api.json(missing).getString("detail"));
        HttpResponse<String> badDate = post(manufacturer, "/api/v1/assets", "{\"tenantId\":\"t\",\"assetTypeId\":\"a\","
                + "\"serialNumber\":\"s\",\"installedOn\":\"01.04.2026\"}");
        assertProblem(badDate, 400, "body.fieldInvalid");
        assertTrue(Api.json(badDate).getString("detail").contains("installedOn"), badDate.body());
        assertProblem(post(manufacturer, "/api/v1/assets", "[]"), 400, "body.malformed");
        assertProblem(put(manufacturer, "/api/v1/assets/x/status", "{}"), 400, "body.fieldMissing");
    }

    private String tenantId(String name) {
        return Api.json(api.get("/api/v1/tenants", manufacturer)).getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(t -> t.getString("name").equals(name)).findFirst().orElseThrow()
                .getString("id");
    }

    private HttpResponse<String> put(String token, String path, String json) {
        return api.send(api.request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpResponse<String> post(String token, String path, String json) {
        return api.send(api.request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A problem answer; {@code code} null where the refusal comes before any service (a missing scope). */
    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", Api.mediaType(response));
        if (code != null) {
            assertEquals(code, Api.json(response).getString("code"), response.body());
        }
    }
}

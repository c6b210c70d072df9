package io.tresor.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Request bodies read with JSON-P, so that a malformed body or a field of the wrong type gets a
 * problem naming it instead of a generic parser error.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    public static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw bad("The request needs a JSON object as its body");
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw bad("The body is not a JSON object: " + e.getMessage());
        }
    }

    /** A string field, or null when absent or JSON null. */
    public static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw bad("The field " + name + " must be a string");
    }

    public static Double number(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n) {
            return n.doubleValue();
        }
        throw bad("The field " + name + " must be a number");
    }

    public static LocalDate date(JsonObject o, String name) {
        String v = text(o, name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw bad("The field " + name + " must be a date like 2026-11-22");
        }
    }

    /** Adds an optional text, time or date to a response object; absent values are left out rather than null. */
    public static void put(JsonObjectBuilder b, String name, Object value) {
        if (value != null) {
            b.add(name, value.toString());
        }
    }

    /** 201 with the new resource's location (the request path plus its id) and its JSON. */
    public static Response created(UriInfo uri, String id, JsonObject body) {
        return Response.created(uri.getAbsolutePathBuilder().path(id).build()).type(MediaType.APPLICATION_JSON)
                .entity(body.toString()).build();
    }

    /** One page of a list as every list of the API answers it. */
    public static String page(JsonArrayBuilder items, long total, int offset, int limit) {
        return Json.createObjectBuilder().add("items", items).add("total", total).add("offset", offset).add("limit", limit)
                .build().toString();
    }

    public static BadRequestException bad(String detail) {
        return new BadRequestException(ProblemResponses.of(400, "Bad Request", detail));
    }
}

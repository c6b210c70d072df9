package io.tresor.web.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.config.PropertyOrderStrategy;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON bodies of the API, bound by JSON-B (Yasson) to the records of the contract. Answers:
 * absent optional values are left out, never written as {@code null}. Requests: a body that is
 * not a JSON object, a field of the wrong type or form, and a missing mandatory field (Bean
 * Validation's {@code @NotNull} on the record component) are each a 400 problem that names the
 * field ({@code body.malformed}, {@code body.fieldInvalid}, {@code body.fieldMissing}), instead of
 * a parser error or a silent {@code null}.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonBodies implements MessageBodyReader<Record>, ContextResolver<Jsonb> {

    public static final String MALFORMED = "body.malformed";
    public static final String FIELD_INVALID = "body.fieldInvalid";
    public static final String FIELD_MISSING = "body.fieldMissing";

    /** Null values out, as the contract always had them; properties in a stable (alphabetical) order. */
    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false)
            .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL));

    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");
    private static volatile Validator validator;

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        String body = new String(entity.readAllBytes(), StandardCharsets.UTF_8);
        if (body.isBlank()) {
            throw bad(MALFORMED, "The request needs a JSON object as its body");
        }
        Record value;
        try {
            value = JSONB.fromJson(body, type);
        } catch (JsonbException e) {
            throw refusal(type, e);
        }
        if (value == null) {
            throw bad(MALFORMED, "The request needs a JSON object as its body, not null");
        }
        List<String> missing = validator().validate(value).stream().map(ConstraintViolation::getPropertyPath)
                .map(Object::toString).sorted(Comparator.naturalOrder()).toList();
        if (!missing.isEmpty()) {
            throw bad(FIELD_MISSING, (missing.size() == 1 ? "The field " : "The fields ") + String.join(", ", missing)
                    + (missing.size() == 1 ? " is required" : " are required"));
        }
        return value;
    }

    /** What JSON-B refused, in the contract's words: the field and the form it must have. */
    static BadRequestException refusal(Class<?> type, JsonbException e) {
        List<String> path = new ArrayList<>();
        Matcher property = PROPERTY.matcher(String.valueOf(e.getMessage()));
        while (property.find()) {
            path.add(property.group(1));
        }
        if (!path.isEmpty()) {
            return bad(FIELD_INVALID, "The field " + String.join(".", path) + " must be " + expected(type, path));
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParsingException parsing) {
                return bad(MALFORMED, "The body is not well-formed JSON: " + parsing.getMessage());
            }
        }
        return bad(MALFORMED, "The request needs a JSON object as its body");
    }

    /** The form a field's value must have, from the type of the record component it fills. */
    private static String expected(Class<?> type, List<String> path) {
        Type current = type;
        for (String name : path) {
            Class<?> record = raw(element(current));
            if (record == null || !record.isRecord()) {
                return "of another type";
            }
            current = null;
            for (RecordComponent c : record.getRecordComponents()) {
                JsonbProperty renamed = c.getAccessor().getAnnotation(JsonbProperty.class);
                if ((renamed == null ? c.getName() : renamed.value()).equals(name)) {
                    current = c.getGenericType();
                }
            }
            if (current == null) {
                return "of another type";
            }
        }
        Class<?> target = raw(current);
        if (target == null) {
            return "of another type";
        }
        if (Collection.class.isAssignableFrom(target)) {
            return "a list";
        }
        if (target == String.class) {
            return "a string";
        }
        if (target == Instant.class) {
            return "an ISO-8601 instant such as 2026-11-22T10:00:00Z";
        }
        if (target == LocalDate.class) {
            return "a date such as 2026-11-22";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        return target.isRecord() ? "an object" : "of another type";
    }

    /** A list's element type, or the type itself. */
    private static Type element(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c
                && Collection.class.isAssignableFrom(c)) {
            return p.getActualTypeArguments()[0];
        }
        return type;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
    }

    private static Validator validator() {
        if (validator == null) {
            validator = Validation.buildDefaultValidatorFactory().getValidator();
        }
        return validator;
    }

    /** 201 with the new resource's location (the request path plus its id) and its JSON. */
    public static Response created(UriInfo uri, String id, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(id).build()).type(MediaType.APPLICATION_JSON)
                .entity(body).build();
    }

    /** A request the API cannot take (a query parameter or a body), with its stable code. */
    public static BadRequestException bad(String code, String detail) {
        return new BadRequestException(ProblemResponses.withCode(400, "Bad Request", detail, code));
    }

    /** A query parameter the API cannot take. */
    public static BadRequestException bad(String detail) {
        return bad("request.invalid", detail);
    }
}

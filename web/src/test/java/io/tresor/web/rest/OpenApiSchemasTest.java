package io.tresor.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.tresor.web.security.AnyScope;
import io.tresor.web.security.Public;
import io.tresor.web.security.RequiresScope;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The static part of the contract ({@code META-INF/openapi.yaml}) against the resources: each
 * record a resource takes or answers has its schema there, with the same JSON names, types that
 * JSON-B writes, and {@code required} as the record declares it; and the annotations of every
 * resource method name its scope and refer only to schemas that exist. Payara takes a schema
 * from the file when it is named like the record, so a record without one would be described
 * by the scanner's guess (dates as objects) and this test fails.
 */
class OpenApiSchemasTest {

    private static final String YAML = "src/main/resources/META-INF/openapi.yaml";
    private static OpenAPI document;

    @BeforeAll
    static void parse() throws IOException {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(Files.readString(Paths.get(YAML),
                StandardCharsets.UTF_8), null, null);
        assertEquals(List.of(), result.getMessages(), "the static document parses without messages");
        document = result.getOpenAPI();
    }

    @Test
    void everyRecordOfTheApiHasItsSchemaWithTheSameFieldsAndTypes() {
        Map<Class<?>, Boolean> records = records();
        assertTrue(records.size() >= 30, "records found: " + records.keySet());
        for (Map.Entry<Class<?>, Boolean> entry : records.entrySet()) {
            Class<?> record = entry.getKey();
            io.swagger.v3.oas.models.media.Schema<?> schema = schema(record.getSimpleName());
            Map<String, RecordComponent> components = new LinkedHashMap<>();
            for (RecordComponent c : record.getRecordComponents()) {
                components.put(jsonName(c), c);
            }
            assertEquals(new TreeSet<>(components.keySet()), new TreeSet<>(schema.getProperties().keySet()),
                    record.getSimpleName() + ": the schema's properties are the record's fields");
            for (Map.Entry<String, RecordComponent> c : components.entrySet()) {
                assertType(record.getSimpleName() + "." + c.getKey(), c.getValue().getGenericType(),
                        schema.getProperties().get(c.getKey()));
            }
            Set<String> required = new TreeSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
            if (entry.getValue()) {
                Set<String> notNull = new TreeSet<>();
                components.forEach((name, c) -> {
                    if (field(c).isAnnotationPresent(NotNull.class)) {
                        notNull.add(name);
                    }
                });
                assertEquals(notNull, required, record.getSimpleName() + ": required is what the body reader enforces");
            } else {
                components.forEach((name, c) -> assertFalse(c.getType().isPrimitive() && !required.contains(name),
                        record.getSimpleName() + "." + name + " is always written, so it is required"));
                assertTrue(components.keySet().containsAll(required), record.getSimpleName() + ": required " + required);
            }
        }
    }

    @Test
    void noRecordCarriesASchemaAnnotationThatWouldReplaceItsStaticSchema() {
        records().keySet().forEach(r -> assertFalse(r.isAnnotationPresent(Schema.class), r.getName()));
    }

    @Test
    void everyOperationHasAUniqueIdAndTheSecurityItsScopeDeclares() {
        Set<String> ids = new HashSet<>();
        for (Method m : resourceMethods()) {
            Operation operation = m.getAnnotation(Operation.class);
            assertNotNull(operation, name(m) + " has @Operation");
            assertTrue(ids.add(operation.operationId()), "unique operationId " + operation.operationId());
            assertFalse(operation.operationId().isBlank(), name(m));
            List<SecurityRequirement> oauth2 = Arrays.stream(m.getAnnotationsByType(SecurityRequirement.class))
                    .filter(r -> r.name().equals(Api.OAUTH2)).toList();
            RequiresScope scope = m.getAnnotation(RequiresScope.class);
            if (scope != null) {
                assertEquals(1, oauth2.size(), name(m));
                assertEquals(List.of(scope.value()), List.of(oauth2.get(0).scopes()), name(m) + " documents its scope");
            } else if (m.isAnnotationPresent(AnyScope.class)) {
                assertEquals(1, oauth2.size(), name(m));
                assertEquals(0, oauth2.get(0).scopes().length, name(m) + " needs a token, no scope");
            } else {
                assertTrue(m.isAnnotationPresent(Public.class) && oauth2.isEmpty(), name(m) + " needs no bearer token");
            }
        }
    }

    @Test
    void everySchemaTheAnnotationsReferToExists() throws IOException {
        Pattern ref = Pattern.compile("ref = \"([A-Za-z]+)\"|ref = (PROBLEM_SCHEMA)");
        try (var sources = Files.walk(Paths.get("src/main/java/io/tresor/web/rest"))) {
            for (java.nio.file.Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = ref.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (m.find()) {
                    String name = m.group(1) != null ? m.group(1) : Api.PROBLEM_SCHEMA;
                    assertNotNull(document.getComponents().getSchemas().get(name), source.getFileName() + " refers to " + name);
                }
            }
        }
    }

    private static void assertType(String where, Type type, io.swagger.v3.oas.models.media.Schema<?> property) {
        assertNotNull(property, where);
        Class<?> raw = raw(type);
        if (List.class.isAssignableFrom(raw)) {
            assertTrue(property instanceof ArraySchema, where + " is an array");
            assertType(where + "[]", ((ParameterizedType) type).getActualTypeArguments()[0],
                    ((ArraySchema) property).getItems());
            return;
        }
        if (raw.isRecord()) {
            assertEquals("#/components/schemas/" + raw.getSimpleName(), property.get$ref(), where);
            return;
        }
        if (raw == String.class && property.get$ref() != null) {
            io.swagger.v3.oas.models.media.Schema<?> named = schema(property.get$ref().replace("#/components/schemas/", ""));
            assertEquals("string", named.getType(), where + " refers to a string schema");
            assertNotNull(named.getEnum(), where + " refers to an enumeration");
            return;
        }
        String expected = raw == String.class ? "string/null"
                : raw == Instant.class ? "string/date-time"
                : raw == LocalDate.class ? "string/date"
                : raw == long.class || raw == Long.class ? "integer/int64"
                : raw == int.class || raw == Integer.class ? "integer/int32"
                : raw == double.class || raw == Double.class ? "number/double"
                : raw == boolean.class || raw == Boolean.class ? "boolean/null"
                : raw == JsonObject.class ? "object/null"
                : "unknown " + raw;
        assertEquals(expected, property.getType() + "/" + property.getFormat(), where);
    }

    private static io.swagger.v3.oas.models.media.Schema<?> schema(String name) {
        io.swagger.v3.oas.models.media.Schema<?> schema = document.getComponents().getSchemas().get(name);
        assertNotNull(schema, "openapi.yaml has a schema " + name);
        return schema;
    }

    /** The records the resources take (true) or answer (false), with the records inside them. */
    private static Map<Class<?>, Boolean> records() {
        Map<Class<?>, Boolean> records = new LinkedHashMap<>();
        for (Method m : resourceMethods()) {
            collect(m.getGenericReturnType(), false, records);
            for (int i = 0; i < m.getParameterCount(); i++) {
                boolean annotated = Arrays.stream(m.getParameterAnnotations()[i])
                        .map(Annotation::annotationType).anyMatch(a -> a.getPackageName().equals("jakarta.ws.rs"));
                if (!annotated) {
                    collect(m.getGenericParameterTypes()[i], true, records);
                }
            }
        }
        // Records answered inside Response entities (201 Created) are those the 2xx annotations refer to.
        for (Class<?> c : ScopeDeclarationsTestAccess.restClasses()) {
            if (c.isRecord() && !records.containsKey(c)) {
                records.put(c, false);
                collect(c, false, records);
            }
        }
        return records;
    }

    private static void collect(Type type, boolean request, Map<Class<?>, Boolean> records) {
        if (type instanceof ParameterizedType p) {
            Arrays.stream(p.getActualTypeArguments()).forEach(t -> collect(t, request, records));
            return;
        }
        if (type instanceof Class<?> c && c.isRecord() && !records.containsKey(c)) {
            records.put(c, request);
            for (RecordComponent component : c.getRecordComponents()) {
                collect(component.getGenericType(), request, records);
            }
        }
    }

    private static List<Method> resourceMethods() {
        List<Method> methods = new ArrayList<>();
        for (Class<?> c : ScopeDeclarationsTestAccess.restClasses()) {
            if (c.isAnnotationPresent(Path.class)) {
                for (Method m : c.getDeclaredMethods()) {
                    if (Arrays.stream(m.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
                        methods.add(m);
                    }
                }
            }
        }
        return methods;
    }

    private static String jsonName(RecordComponent c) {
        JsonbProperty renamed = c.getAccessor().getAnnotation(JsonbProperty.class);
        return renamed == null ? c.getName() : renamed.value();
    }

    private static java.lang.reflect.Field field(RecordComponent c) {
        try {
            return c.getDeclaringRecord().getDeclaredField(c.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static String name(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName();
    }
}

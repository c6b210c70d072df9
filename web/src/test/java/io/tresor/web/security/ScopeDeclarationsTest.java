package io.tresor.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.application.identity.Scopes;
import io.tresor.web.soap.SoapOperations;
import jakarta.jws.WebService;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the API channels says how it is reached (deny by default): each JAX-RS
 * resource method under {@code io.tresor.web.rest} and each SOAP operation under
 * {@code io.tresor.web.soap} declares exactly one of a scope, any token, or no token.
 */
public class ScopeDeclarationsTest {

    private static final String API = "/api/v1/";
    /** The module's compiled main classes (target/classes), not the tests' own. */
    private static final URL MAIN_CLASSES = ScopeRule.class.getProtectionDomain().getCodeSource().getLocation();

    @Test
    void everyRestResourceMethodDeclaresItsScopeOrWhyItNeedsNone() {
        List<Method> methods = restOperations();
        assertTrue(methods.size() >= 30, "the scan finds the resource methods: " + methods.size());
        assertEquals(List.of(), undeclared(methods), "resource methods that declare neither a scope nor a marker");
    }

    @Test
    void everySoapOperationDeclaresItsScope() {
        List<Method> operations = soapOperations();
        assertTrue(operations.size() >= 4, "the scan finds the SOAP operations: " + operations.size());
        assertEquals(List.of(), undeclared(operations), "SOAP operations that declare neither a scope nor a marker");
        // The authentication mechanism asks every SOAP call for a bearer token.
        assertEquals(List.of(), names(operations.stream().filter(m -> m.isAnnotationPresent(Public.class)).toList()));
    }

    @Test
    void everyDeclaredScopeIsOneATokenCanCarry() {
        Stream.concat(restOperations().stream(), soapOperations().stream())
                .map(m -> m.getAnnotation(RequiresScope.class)).filter(r -> r != null)
                .forEach(r -> assertTrue(Scopes.MANUFACTURER.contains(r.value()), r.value()));
    }

    @Test
    void everyMarkerSaysWhy() {
        for (Method m : restOperations()) {
            AnyScope any = m.getAnnotation(AnyScope.class);
            Public open = m.getAnnotation(Public.class);
            assertFalse(any != null && any.reason().isBlank() || open != null && open.reason().isBlank(), name(m));
        }
    }

    @Test
    void exactlyThePublicResourceMethodsAreReachedWithoutABearerToken() {
        for (Method m : restOperations()) {
            String path = path(m);
            assertEquals(m.isAnnotationPresent(Public.class), TresorAuthenticationMechanism.bearerFree(path),
                    name(m) + " at " + path);
        }
    }

    @Test
    void theSoapGateKnowsEveryEndpointClass() throws IOException {
        Set<String> deployed;
        try (InputStream descriptor = Files.newInputStream(Paths.get("src/main/webapp/WEB-INF/sun-jaxws.xml"))) {
            String xml = new String(descriptor.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            deployed = java.util.regex.Pattern.compile("implementation=\"([^\"]+)\"").matcher(xml).results()
                    .map(r -> r.group(1)).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> endpoints = classes("io.tresor.web.soap").stream().filter(c -> c.isAnnotationPresent(WebService.class))
                .map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(endpoints, deployed, "the SOAP gate checks the endpoints that sun-jaxws.xml deploys");
    }

    private static List<String> undeclared(List<Method> operations) {
        return names(operations.stream().filter(m -> !ScopeRule.declares(m)).toList());
    }

    /** Resource methods: those with an HTTP method annotation, and sub-resource locators. */
    static List<Method> restOperations() {
        List<Method> methods = new ArrayList<>();
        for (Class<?> c : classes("io.tresor.web.rest")) {
            if (!c.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method m : c.getDeclaredMethods()) {
                boolean http = Arrays.stream(m.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
                if (http || m.isAnnotationPresent(Path.class)) {
                    methods.add(m);
                }
            }
        }
        return methods;
    }

    static List<Method> soapOperations() {
        return classes("io.tresor.web.soap").stream().filter(c -> c.isAnnotationPresent(WebService.class))
                .flatMap(c -> SoapOperations.operations(c).values().stream()).toList();
    }

    /** The request path of a resource method, with every template parameter filled in. */
    private static String path(Method m) {
        String classPath = m.getDeclaringClass().getAnnotation(Path.class).value();
        Path methodPath = m.getAnnotation(Path.class);
        String path = API + classPath + (methodPath == null ? "" : "/" + methodPath.value());
        return path.replaceAll("\\{[^}]+}", "x").replaceAll("/+", "/");
    }

    /** The compiled classes of a package and its sub-packages (the module's own, from target/classes). */
    public static List<Class<?>> classes(String packageName) {
        String folder = packageName.replace('.', '/');
        try (Stream<java.nio.file.Path> files = Files.walk(Paths.get(MAIN_CLASSES.toURI()).resolve(folder))) {
            List<String> names = files.map(java.nio.file.Path::toString).filter(f -> f.endsWith(".class"))
                    .map(f -> f.substring(f.indexOf(folder), f.length() - ".class".length()).replace('/', '.'))
                    .sorted().toList();
            List<Class<?>> classes = new ArrayList<>();
            for (String name : names) {
                classes.add(Class.forName(name, false, ScopeDeclarationsTest.class.getClassLoader()));
            }
            return Collections.unmodifiableList(classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(List<Method> methods) {
        return methods.stream().map(ScopeDeclarationsTest::name).sorted().toList();
    }

    private static String name(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName();
    }
}

package io.tresor.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.application.asset.InstalledBaseException;
import io.tresor.application.device.DeviceException;
import io.tresor.application.shared.Refused;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every refusal code the services can raise has a text in both of the portal's bundles, so that no
 * user ever sees a code or an English message in its place. The codes are collected from the
 * {@code public static final String} constants of every {@link Refused} subclass in the ejb module,
 * so a new capability's exception type is checked without being listed here.
 */
class RefusalTextsTest {

    private static final String BUNDLE = "/io/tresor/web/portal/messages_%s.properties";

    @Test
    void everyRefusalCodeHasAGermanAndAnEnglishText() {
        TreeMap<String, String> codes = refusalCodes();
        assertTrue(codes.size() > 50, "too few codes found, the scan is broken: " + codes.size());
        for (String language : List.of("de", "en")) {
            ResourceBundle bundle = bundle(language);
            List<String> missing = codes.keySet().stream()
                    .filter(code -> !bundle.containsKey(Messages.REFUSED + code))
                    .map(code -> code + " (" + codes.get(code) + ")").toList();
            assertEquals(List.of(), missing, "refusal codes without a text in messages_" + language);
        }
    }

    @Test
    void noRefusalTextOutlivesItsCode() {
        Set<String> codes = refusalCodes().keySet();
        for (String language : List.of("de", "en")) {
            List<String> stale = bundle(language).keySet().stream().filter(k -> k.startsWith(Messages.REFUSED))
                    .map(k -> k.substring(Messages.REFUSED.length()))
                    .filter(code -> !code.equals("unknown") && !codes.contains(code)).sorted().toList();
            assertEquals(List.of(), stale, "texts in messages_" + language + " for codes nothing raises");
        }
    }

    @Test
    void aRefusalIsShownInTheBundlesLanguageWithItsArguments() {
        Refused taken = InstalledBaseException.conflict(InstalledBaseException.ASSET_SERIAL_TAKEN,
                "An asset of type Pump P-100 with serial number SN-1 exists", "Pump P-100", "SN-1");
        assertEquals("Eine Anlage vom Typ Pump P-100 mit der Seriennummer SN-1 gibt es bereits.",
                Messages.refusalText(bundle("de"), taken));
        assertEquals("An asset of type Pump P-100 with serial number SN-1 exists already.",
                Messages.refusalText(bundle("en"), taken));
    }

    @Test
    void aCodeWithoutTextSaysOnlyNotPossible() {
        Refused unknown = new DeviceException(Refused.Kind.INVALID, "no.suchCode", "English detail");
        assertEquals("Nicht möglich.", Messages.refusalText(bundle("de"), unknown));
    }

    @Test
    void everyRefusalTextIsAPatternThatFormats() {
        for (String language : List.of("de", "en")) {
            ResourceBundle bundle = bundle(language);
            for (String key : bundle.keySet()) {
                if (key.startsWith(Messages.REFUSED)) {
                    String text = new MessageFormat(bundle.getString(key)).format(new Object[] {"a", "b", "c"});
                    assertTrue(!text.contains("{") && !text.isBlank(), key + " in messages_" + language + ": " + text);
                }
            }
        }
    }

    private static ResourceBundle bundle(String language) {
        try (InputStream in = RefusalTextsTest.class.getResourceAsStream(BUNDLE.formatted(language))) {
            return new PropertyResourceBundle(in) {
                @Override
                public Locale getLocale() {
                    return Locale.forLanguageTag(language);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Code to the constant that declares it, over every refusal type of the ejb module. */
    static TreeMap<String, String> refusalCodes() {
        TreeMap<String, String> codes = new TreeMap<>();
        for (Class<?> type : refusalTypes()) {
            for (Field field : type.getDeclaredFields()) {
                int m = field.getModifiers();
                if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m) && field.getType() == String.class) {
                    try {
                        codes.putIfAbsent((String) field.get(null), type.getSimpleName() + "." + field.getName());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return codes;
    }

    private static List<Class<?>> refusalTypes() {
        List<Class<?>> types = new ArrayList<>();
        for (String name : classNames()) {
            try {
                Class<?> type = Class.forName(name, false, RefusalTextsTest.class.getClassLoader());
                if (Refused.class.isAssignableFrom(type) && type != Refused.class) {
                    types.add(type);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(name, e);
            }
        }
        return types;
    }

    /** The top-level classes under io.tresor.application of the ejb module (a directory in the reactor, else its jar). */
    private static Set<String> classNames() {
        Set<String> names = new TreeSet<>();
        try {
            Path location = Paths.get(Refused.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location.resolve("io/tresor/application"))) {
                    files.map(p -> location.relativize(p).toString().replace('\\', '/')).forEach(n -> add(names, n));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(JarEntry::getName).filter(n -> n.startsWith("io/tresor/application/"))
                            .forEach(n -> add(names, n));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list the classes of the ejb module", e);
        }
        return names;
    }

    private static void add(Set<String> names, String path) {
        if (path.endsWith(".class") && !path.contains("$") && !path.endsWith("package-info.class")) {
            names.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
        }
    }
}

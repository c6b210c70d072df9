package io.tresor.systemtest.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * When {@code tresor build} (the first step of {@code tresor run}) builds: the real launcher
 * script in a copy of the repository's layout, with a stand-in for Maven on the PATH that notes
 * its call and writes the WAR as a build does. Maven's own incremental build is Maven's business;
 * this is the launcher's decision, which used to be "only when the WAR is missing".
 */
class LauncherBuildTest {

    private static final Instant LAST_BUILD = Instant.now().minus(Duration.ofHours(1));
    private static final String MAVEN_ARGUMENTS = "-pl web,server-config -am install";

    @TempDir
    Path root;

    private Path mavenCalls;

    @BeforeEach
    void repositoryBuiltAnHourAgo() throws IOException {
        Path script = Path.of(System.getProperty("tresor.root", "..")).toAbsolutePath().normalize().resolve("tresor");
        Files.copy(script, root.resolve("tresor"), StandardCopyOption.COPY_ATTRIBUTES);
        for (String file : List.of("pom.xml", "persistence/pom.xml", "ejb/pom.xml", "web/pom.xml", "server-config/pom.xml",
                "system-tests/pom.xml", "persistence/src/main/resources/db/migration/V1__init.sql",
                "ejb/src/main/java/io/tresor/application/Service.java", "ejb/src/main/java/io/tresor/application/Other.java",
                "web/src/main/webapp/login.xhtml", "server-config/src/main/payara/preboot.asadmin",
                "system-tests/src/test/java/io/tresor/systemtest/SomeIT.java",
                "web/target/tresor.war", "server-config/target/payara/payara-micro.jar")) {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), file);
        }
        Path bin = Files.createDirectories(root.resolve("bin"));
        mavenCalls = root.resolve("maven-calls.txt");
        // What matters of a build here: it is called, and it leaves a WAR newer than the sources.
        Files.writeString(bin.resolve("mvn"), """
                #!/usr/bin/env bash
                printf '%s\\n' "$*" >> "$MAVEN_CALLS"
                touch "$REPOSITORY/web/target/tresor.war" "$REPOSITORY/server-config/target/payara/payara-micro.jar"
                """);
        Files.setPosixFilePermissions(bin.resolve("mvn"), PosixFilePermissions.fromString("rwxr-xr-x"));
        // Everything as of an hour ago, directories included (creating the files touched them).
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                Files.setLastModifiedTime(path, FileTime.from(LAST_BUILD.minus(Duration.ofMinutes(10))));
            }
        }
        Files.setLastModifiedTime(root.resolve("web/target/tresor.war"), FileTime.from(LAST_BUILD));
    }

    @Test
    void nothingIsBuiltWhileTheBuildIsNewerThanEverySource() throws Exception {
        assertEquals("", build());
        assertEquals(List.of(), mavenCalls());
    }

    @Test
    void aChangedSourceIsRebuiltWithAWordWhyAndOnlyOnce() throws Exception {
        changed("ejb/src/main/java/io/tresor/application/Service.java");

        String said = build();
        assertTrue(said.contains("tresor: sources changed since the last build"
                + " (ejb/src/main/java/io/tresor/application/Service.java); rebuilding ..."), said);
        assertEquals(List.of(MAVEN_ARGUMENTS), mavenCalls().stream().map(LauncherBuildTest::goals).toList());

        assertEquals("", build(), "the next start finds the build up to date");
        assertEquals(1, mavenCalls().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pom.xml", "web/pom.xml", "server-config/src/main/payara/preboot.asadmin",
            "web/src/main/webapp/login.xhtml", "persistence/src/main/resources/db/migration/V1__init.sql"})
    void pomsResourcesAndServerTemplatesCountAsSources(String file) throws Exception {
        changed(file);

        assertTrue(build().contains("sources changed since the last build (" + file + ")"));
        assertEquals(1, mavenCalls().size());
    }

    @Test
    void aDeletedSourceCountsAsAChangeThroughItsDirectory() throws Exception {
        Files.delete(root.resolve("ejb/src/main/java/io/tresor/application/Other.java"));

        assertTrue(build().contains("sources changed since the last build (ejb/src/main/java/io/tresor/application)"));
        assertEquals(1, mavenCalls().size());
    }

    @Test
    void testsAndModulesOutsideTheWarDoNotRebuildIt() throws Exception {
        changed("system-tests/src/test/java/io/tresor/systemtest/SomeIT.java");
        changed("system-tests/pom.xml");

        assertEquals("", build());
        assertEquals(List.of(), mavenCalls());
    }

    @Test
    void aMissingBuildIsBuiltFirst() throws Exception {
        Files.delete(root.resolve("web/target/tresor.war"));

        assertTrue(build().contains("tresor: building Tresor (first run"));
        assertEquals(1, mavenCalls().size());
    }

    private void changed(String file) throws IOException {
        Files.writeString(root.resolve(file), "changed", StandardCharsets.UTF_8);
    }

    /** Runs {@code tresor build} and returns what it said; it must succeed. */
    private String build() throws IOException, InterruptedException {
        Path output = root.resolve("launcher-output.txt");
        ProcessBuilder builder = new ProcessBuilder(root.resolve("tresor").toString(), "build")
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("PATH", root.resolve("bin") + ":" + System.getenv("PATH"));
        builder.environment().put("MAVEN_CALLS", mavenCalls.toString());
        builder.environment().put("REPOSITORY", root.toString());
        Process launcher = builder.start();
        assertTrue(launcher.waitFor(30, TimeUnit.SECONDS), "the launcher finished");
        String said = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(0, launcher.exitValue(), said);
        return said;
    }

    private List<String> mavenCalls() throws IOException {
        return Files.exists(mavenCalls) ? Files.readAllLines(mavenCalls, StandardCharsets.UTF_8) : List.of();
    }

    /** The part of a Maven call that says what is built, without the options around it. */
    private static String goals(String call) {
        int from = call.indexOf("-pl ");
        return from < 0 ? call : call.substring(from);
    }
}

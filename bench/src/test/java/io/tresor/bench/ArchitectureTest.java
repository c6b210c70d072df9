package io.tresor.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks measure Tresor as its users meet it: over its endpoints and its database.
 * Only a benchmark marked {@link ComponentBenchmark}, which says why, may use the
 * application's classes; the fixture proves that the rule still reports one that does not.
 */
class ArchitectureTest {

    /** Marked itself, or nested in a class that is. */
    private static final DescribedPredicate<JavaClass> A_COMPONENT_BENCHMARK = new DescribedPredicate<>(
            "are component benchmarks") {
        @Override
        public boolean test(JavaClass type) {
            for (Optional<JavaClass> t = Optional.of(type); t.isPresent(); t = t.get().getEnclosingClass()) {
                if (t.get().isAnnotatedWith(ComponentBenchmark.class)) {
                    return true;
                }
            }
            return false;
        }
    };

    static final ArchRule BENCHMARKS_ARE_OUTSIDE_CLIENTS = noClasses()
            .that().resideInAPackage("io.tresor.bench..").and(DescribedPredicate.not(A_COMPONENT_BENCHMARK))
            .should().dependOnClassesThat().resideInAnyPackage("io.tresor.application..", "io.tresor.domain..",
                    "io.tresor.web..")
            .because("a figure measured from inside says nothing about what a client waits for"
                    + " (exception: @ComponentBenchmark, with its reason)");

    @Test
    void benchmarksAreOutsideClients() {
        JavaClasses bench = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.tresor.bench");
        assertTrue(bench.contain(AssetListBench.class), "the benchmarks were not imported");
        BENCHMARKS_ARE_OUTSIDE_CLIENTS.check(bench);
    }

    @Test
    void aBenchmarkUsingTheApplicationUnmarkedIsReported() {
        EvaluationResult result = BENCHMARKS_ARE_OUTSIDE_CLIENTS.evaluate(
                new ClassFileImporter().importPackages("io.tresor.bench.fixture"));
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains("SneakyBench"), report);
        assertFalse(report.contains("MarkedBench"), report);
    }
}

package io.tresor.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a benchmark that measures one component from inside (the cipher, the audit chain)
 * rather than Tresor from outside, and says why it must. Only a class so marked may use the
 * application's classes; every other benchmark talks to a running Tresor over its endpoints
 * and to its database, as a client would (ArchitectureTest).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ComponentBenchmark {

    /** Why this benchmark cannot measure from outside. */
    String value();
}

package io.tresor.web.rest;

import java.util.List;

/** The compiled classes of the REST channel, found as {@code ScopeDeclarationsTest} finds them. */
final class ScopeDeclarationsTestAccess {

    private ScopeDeclarationsTestAccess() {
    }

    static List<Class<?>> restClasses() {
        return io.tresor.web.security.ScopeDeclarationsTest.classes("io.tresor.web.rest");
    }
}

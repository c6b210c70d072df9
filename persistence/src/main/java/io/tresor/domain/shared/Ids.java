package io.tresor.domain.shared;

import java.util.UUID;

/** Identifiers are random UUIDs assigned by the application, so rows never reveal counts or order. */
public final class Ids {

    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}

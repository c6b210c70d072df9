package io.tresor.application.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where an encrypted value lives: tenant, entity, field and row. It is bound to the ciphertext
 * as associated data, so a value copied into another row, field or tenant fails to decrypt.
 */
public record FieldContext(String tenantId, String entity, String field, String rowId) {

    public FieldContext {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rowId, "rowId");
    }

    /** Length-prefixed parts, so that no two different contexts encode to the same bytes. */
    public byte[] associatedData() {
        StringBuilder b = new StringBuilder("tresor-field-v1");
        for (String part : new String[] {tenantId, entity, field, rowId}) {
            b.append('|').append(part.length()).append(':').append(part);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}

package io.tresor.domain.crypto;

import java.io.Serializable;
import java.util.Objects;

/**
 * A personal value (name, e-mail address, phone number, free text). Entities declare personal
 * attributes with this type and nothing else: {@link PersonalDataListener} seals the values of
 * a new entity under the subject's data key when it is persisted, a stored entity's new values
 * are sealed when set, and the converter refuses to write one that is not sealed, so plain
 * personal data never reaches the database.
 * <p>
 * A loaded value stays encrypted in memory (also in the shared cache) and is decrypted only
 * by {@link #reveal(Purpose)}, which states why; after crypto-shredding it reveals
 * {@link #ERASED}.
 */
public final class Personal implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What readers get once the subject's or tenant's key has been destroyed. */
    public static final String ERASED = "[erased]";

    /** Set only between creation and sealing; never kept after sealing, so shredding reaches cached entities too. */
    private String plain;
    private String sealed;
    private transient Binding binding;

    private record Binding(PersonalDataGuard guard, PersonalData owner, String field) {
    }

    private Personal(String plain, String sealed) {
        this.plain = plain;
        this.sealed = sealed;
    }

    /** A new value, sealed when its entity is persisted or flushed. */
    public static Personal of(String plain) {
        return new Personal(Objects.requireNonNull(plain, "plain"), null);
    }

    /**
     * A new value for an entity that may already be stored, sealed at once for its owner and
     * field (the Java attribute name); see {@link PersonalDataListener} for why it cannot wait.
     * Where no cipher service runs (unit tests of entities) the value stays new; writing it
     * would then be refused.
     */
    public static Personal sealedFor(PersonalData owner, String field, String plain) {
        Personal value = of(plain);
        PersonalDataListener.available().ifPresent(guard -> value.seal(guard, owner, field));
        return value;
    }

    /** A value as stored: only the converter builds these. */
    static Personal stored(String sealed) {
        return new Personal(null, Objects.requireNonNull(sealed, "sealed"));
    }

    /** The plain value, decrypted for the stated purpose, or {@link #ERASED}. */
    public String reveal(Purpose purpose) {
        Objects.requireNonNull(purpose, "purpose");
        String unsealed = plain;
        if (unsealed != null) {
            return unsealed;
        }
        Binding b = binding;
        if (b == null) {
            throw new IllegalStateException("A stored personal value was read outside its entity");
        }
        return b.guard().open(sealed, b.owner(), b.field(), purpose);
    }

    public boolean isSealed() {
        return sealed != null;
    }

    void seal(PersonalDataGuard guard, PersonalData owner, String field) {
        if (sealed == null) {
            sealed = guard.seal(plain, owner, field);
            plain = null;
        }
        binding = new Binding(guard, owner, field);
    }

    void bind(PersonalDataGuard guard, PersonalData owner, String field) {
        binding = new Binding(guard, owner, field);
    }

    /** The stored form, or a refusal: writing a value that was never sealed would leak it. */
    String storedForm() {
        if (sealed == null) {
            throw new IllegalStateException("A personal value was about to be written without encryption");
        }
        return sealed;
    }

    /** Plain text of an unsealed value, for blind indexes computed while sealing. */
    String plainBeforeSealing() {
        return plain;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Personal other && sealed != null && sealed.equals(other.sealed);
    }

    @Override
    public int hashCode() {
        return sealed != null ? sealed.hashCode() : System.identityHashCode(this);
    }

    /** Never the plain value: personal data must not end up in logs by accident. */
    @Override
    public String toString() {
        return sealed != null ? "Personal[sealed]" : "Personal[new]";
    }
}

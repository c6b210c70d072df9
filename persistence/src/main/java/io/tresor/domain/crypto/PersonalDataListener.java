package io.tresor.domain.crypto;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PrePersist;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Seals the {@link Personal} attributes of a {@link PersonalData} entity when it is persisted
 * (JPA calls this at {@code persist()}, inside the business method), fills their blind
 * indexes, and binds loaded values to their record so they can be revealed. There is no
 * sealing at update time: EclipseLink converts the new values while it computes the changes,
 * before any update callback, so a stored entity's new value must be sealed when it is set
 * ({@link Personal#sealedFor}); the converter refuses anything else.
 */
public class PersonalDataListener {

    private static volatile PersonalDataGuard installed;

    private static final ClassValue<List<PersonalField>> FIELDS = new ClassValue<>() {
        @Override
        protected List<PersonalField> computeValue(Class<?> type) {
            return personalFields(type);
        }
    };

    private record PersonalField(Field field, Field index, BlindIndexed indexed) {
    }

    /**
     * The cipher service registers itself at start-up. CDI is the fallback, but from a library
     * jar of an EAR it may not see the EJB module's beans, so the start-up does not rely on it.
     */
    public static void install(PersonalDataGuard guard) {
        installed = guard;
    }

    @PrePersist
    void seal(Object entity) {
        if (!(entity instanceof PersonalData owner)) {
            return;
        }
        PersonalDataGuard guard = guard();
        for (PersonalField pf : FIELDS.get(entity.getClass())) {
            Personal value = (Personal) read(pf.field(), entity);
            if (value == null) {
                continue;
            }
            if (pf.indexed() != null && !value.isSealed()) {
                String index = guard.blindIndex(value.plainBeforeSealing(), owner.personalTenantId(),
                        pf.indexed().scope(), pf.field().getName());
                write(pf.index(), entity, index);
            }
            value.seal(guard, owner, pf.field().getName());
        }
    }

    @PostLoad
    void bind(Object entity) {
        if (!(entity instanceof PersonalData owner)) {
            return;
        }
        PersonalDataGuard guard = guard();
        for (PersonalField pf : FIELDS.get(entity.getClass())) {
            Personal value = (Personal) read(pf.field(), entity);
            if (value != null) {
                value.bind(guard, owner, pf.field().getName());
            }
        }
    }

    static PersonalDataGuard guard() {
        return available().orElseThrow(() ->
                new IllegalStateException("Personal data cannot be handled: the cipher service is not running"));
    }

    /** The cipher service, if one runs here (not in plain unit tests of entities). */
    static Optional<PersonalDataGuard> available() {
        PersonalDataGuard guard = installed;
        if (guard != null) {
            return Optional.of(guard);
        }
        try {
            return Optional.of(CDI.current().select(PersonalDataGuard.class).get());
        } catch (RuntimeException notRunning) {
            return Optional.empty();
        }
    }

    private static List<PersonalField> personalFields(Class<?> type) {
        List<PersonalField> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() != Personal.class || Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                BlindIndexed indexed = f.getAnnotation(BlindIndexed.class);
                Field index = indexed == null ? null : indexField(c, indexed.into());
                found.add(new PersonalField(f, index, indexed));
            }
        }
        return List.copyOf(found);
    }

    private static Field indexField(Class<?> declaring, String name) {
        try {
            Field f = declaring.getDeclaredField(name);
            if (f.getType() != String.class) {
                throw new IllegalStateException(declaring.getName() + "." + name + " must be a String to hold a blind index");
            }
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Blind index attribute " + declaring.getName() + "." + name + " is missing", e);
        }
    }

    private static Object read(Field f, Object entity) {
        try {
            return f.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Field f, Object entity, Object value) {
        try {
            f.set(entity, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}

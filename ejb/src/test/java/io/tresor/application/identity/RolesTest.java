package io.tresor.application.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tresor.domain.identity.Role;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RolesTest {

    @Test
    void roleConstantsMatchTheRoleEnumExactly() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Field field : Roles.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                assertEquals(field.getName(), field.get(null), "constant value equals its name");
                constants.add((String) field.get(null));
            }
        }
        Set<String> roles = Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(roles, constants);
    }

    @Test
    void customerScopesAreASubsetOfManufacturerScopes() {
        assertEquals(true, Scopes.MANUFACTURER.containsAll(Scopes.CUSTOMER));
        assertEquals(false, Scopes.allowedFor(false, Set.of(Scopes.ASSETS_WRITE)));
        assertEquals(true, Scopes.allowedFor(true, Set.of(Scopes.ASSETS_WRITE, Scopes.AUDIT_READ)));
    }
}

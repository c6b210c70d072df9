package io.tresor.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue of audit actions: unique names, the names already in hash chains kept, new ones in style. */
class AuditActionTest {

    /** Every name written into hash chains and exports before the catalogue existed: none may change. */
    private static final List<String> WRITTEN = List.of(
            "sign-in", "token.issued", "password.changed", "mfa.enrolled", "mfa.disabled",
            "mfa.recovery-codes-renewed", "invitation.accepted", "user.invited", "user.enabled", "user.disabled",
            "user.roles-changed", "client.created", "client.enabled", "client.disabled", "client.secret-rotated",
            "tenant.created", "tenant.suspended", "tenant.reactivated", "tenant.system-reach-used",
            "asset-type.created", "asset-type.schema-changed", "asset-document.uploaded", "asset-document.deleted",
            "site.created", "site.changed", "asset.registered", "asset.imported", "asset.moved", "asset.relocated",
            "asset.status-changed", "device.registered", "device.enrollment-token-issued", "device.enrolled",
            "device.enrollment-refused", "device.renewed", "device.renewal-refused", "device.activated",
            "device.authentication-refused", "device.suspended", "device.resumed", "device.revoked",
            "device.decommissioned", "enrollment-group.created", "enrollment-group.disabled", "key.master-rotated",
            "key.tenant-rotated", "key.rotation-resumed", "key.tenant-erased", "key.subject-erased",
            "personal-data.read", "audit.verified", "audit.exported", "security.event-raised", "system.started");

    private static final Set<String> BEFORE_THE_STYLE = Set.of("sign-in");

    @Test
    void everyNameIsUnique() {
        List<String> names = Arrays.stream(AuditAction.values()).map(AuditAction::value).toList();
        assertEquals(names.size(), Set.copyOf(names).size(), "a name is catalogued twice: " + names);
        for (AuditAction action : AuditAction.values()) {
            assertEquals(action, AuditAction.of(action.value()).orElseThrow());
        }
        assertTrue(AuditAction.of("user.renamed").isEmpty());
    }

    @Test
    void theNamesAlreadyWrittenStayAsTheyAre() {
        Set<String> names = Arrays.stream(AuditAction.values()).map(AuditAction::value).collect(Collectors.toSet());
        Set<String> lost = new TreeSet<>(WRITTEN);
        lost.removeAll(names);
        assertEquals(Set.of(), lost, "names in existing chains that the catalogue no longer has");
    }

    @Test
    void newNamesFollowTheDocumentedStyle() {
        List<String> offStyle = Arrays.stream(AuditAction.values()).map(AuditAction::value)
                .filter(n -> !BEFORE_THE_STYLE.contains(n))
                .filter(n -> !n.matches("[a-z]+(-[a-z]+)*\\.([a-z]+-)*[a-z]+ed"))
                .filter(n -> !n.matches("[a-z]+(-[a-z]+)*\\.([a-z]+-)*(read|sent|made|taken|given|run|begun|done|written)"))
                .toList();
        assertEquals(List.of(), offStyle, "names not <thing>.<what-happened> in kebab case with a past participle");
    }
}

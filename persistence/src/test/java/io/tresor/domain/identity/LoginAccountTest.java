package io.tresor.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginAccountTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void emailIsNormalisedForUniqueSignIn() {
        LoginAccount a = new LoginAccount("t1", "  Anna.Schmidt@Muster.EXAMPLE ", "Anna", EnumSet.of(Role.CUSTOMER_USER), "h", now);
        // Not sealed yet (no persistence context): the new value reveals what will be encrypted.
        assertEquals("anna.schmidt@muster.example", a.getEmail().reveal(io.tresor.domain.crypto.Purpose.SIGN_IN));
        assertThrows(IllegalArgumentException.class, () -> LoginAccount.normaliseEmail("no-at-sign"));
    }

    @Test
    void createdAccountsMustChangeTheirPasswordFirst() {
        LoginAccount a = new LoginAccount("t1", "a@x.example", "A", EnumSet.of(Role.CUSTOMER_USER), "h", now);
        assertTrue(a.isPasswordChangeRequired());
        a.changePassword("h2");
        assertFalse(a.isPasswordChangeRequired());
    }

    @Test
    void mfaIsMandatoryForAdminRolesOnly() {
        assertTrue(new LoginAccount("t1", "a@x.example", "A", EnumSet.of(Role.CUSTOMER_ADMIN), "h", now).mfaRequired());
        assertTrue(new LoginAccount("t1", "b@x.example", "B", EnumSet.of(Role.AUDITOR), "h", now).mfaRequired());
        assertFalse(new LoginAccount("t1", "c@x.example", "C", EnumSet.of(Role.CUSTOMER_USER), "h", now).mfaRequired());
    }

    @Test
    void aTotpStepIsAcceptedOnceAndRecoveryCodesWorkOnce() {
        LoginAccount a = new LoginAccount("t1", "a@x.example", "A", EnumSet.of(Role.OPERATOR), "h", now);
        a.startTotpEnrolment("SECRET");
        a.confirmTotp(100, List.of("r1", "r2"));
        assertThrows(IllegalStateException.class, () -> a.acceptTotpStep(100));
        a.acceptTotpStep(101);
        assertTrue(a.useRecoveryCode("r1"));
        assertFalse(a.useRecoveryCode("r1"));
        assertEquals(1, a.getRecoveryCodesLeft());
    }

    @Test
    void anInvitationWorksOnceAndNotAfterItExpires() {
        LoginAccount a = LoginAccount.invited("t1", "n@x.example", "N", EnumSet.of(Role.CUSTOMER_ADMIN), "tok", now);
        assertFalse(a.canSignIn());
        assertTrue(a.invitationValidAt(now.plusSeconds(60)));
        assertThrows(IllegalStateException.class,
                () -> a.acceptInvitation("h", now.plus(UserAccount.INVITATION_VALIDITY).plusSeconds(1)));
        a.acceptInvitation("h", now.plusSeconds(60));
        assertTrue(a.canSignIn());
        assertThrows(IllegalStateException.class, () -> a.acceptInvitation("h2", now.plusSeconds(61)));
    }
}

package io.tresor.application.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final List<String> ANNA = List.of("anna.schmidt@example.org", "Anna Schmidt");

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"Passwort123!", "password1234", "qwertzuiop12"})
    void commonPatternsAreRefusedAsTooWeak(String password) {
        assertEquals(List.of(PasswordPolicy.TOO_WEAK), policy.violations(password, List.of()));
    }

    @Test
    void passwordMadeOfTheUsersAddressIsRefused() {
        assertEquals(List.of(PasswordPolicy.TOO_WEAK),
                policy.violations("anna.schmidt2024!", ANNA));
    }

    @Test
    void userInputsTurnAnOtherwiseStrongPasswordWeak() {
        // Strong for a stranger; for the owner of this address it is the address.
        String candidate = "kwrzbtfl.vogelsang7!";

        assertEquals(List.of(), policy.violations(candidate, List.of()));
        assertEquals(List.of(PasswordPolicy.TOO_WEAK),
                policy.violations(candidate, List.of("kwrzbtfl.vogelsang@example.org")));
    }

    @Test
    void usersNameAmongRandomLookingPartsIsRefused() {
        assertEquals(List.of(), policy.violations("Tresor-Anna-Schmidt!", List.of()));
        assertEquals(List.of(PasswordPolicy.TOO_WEAK),
                policy.violations("Tresor-Anna-Schmidt!", ANNA));
    }

    @Test
    void longRandomPassphraseIsAccepted() {
        assertEquals(List.of(), policy.violations("Kiefer-Lampe-Zwieback-73", ANNA));
        assertEquals(List.of(), policy.violations("Kiefer-Lampe-Zwieback-73", null));
    }

    @Test
    void elevenCharactersAreTooShortHoweverRandom() {
        assertEquals(List.of(PasswordPolicy.TOO_SHORT), policy.violations("Xq7#vLp2!mZ", ANNA));
        assertEquals(List.of(PasswordPolicy.TOO_SHORT), policy.violations(null, ANNA));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // Six emoji are twelve UTF-16 units but only six characters.
        String emoji = "\uD83D\uDD11".repeat(6);

        assertEquals(List.of(PasswordPolicy.TOO_SHORT), policy.violations(emoji, List.of()));
    }

    @Test
    void moreThan128CharactersAreTooLong() {
        String candidate = "Kiefer-Lampe-Zwieback-73".repeat(6).substring(0, 129);

        assertEquals(List.of(PasswordPolicy.TOO_LONG), policy.violations(candidate, List.of()));
        assertFalse(policy.violations(candidate.substring(0, 128), List.of())
                .contains(PasswordPolicy.TOO_LONG));
    }

    @Test
    void addressIsSplitIntoReusablePiecesWithoutTheTopLevelDomain() {
        Set<String> fragments = PasswordPolicy.fragments(
                Arrays.asList("Anna.Schmidt2024@Example.org", null, " ", "Jo"));

        assertTrue(fragments.containsAll(List.of("anna.schmidt2024@example.org",
                "anna.schmidt2024", "annaschmidt2024", "anna", "schmidt2024", "schmidt",
                "example")), fragments::toString);
        assertFalse(fragments.contains("org"));
        assertFalse(fragments.contains("jo"), "too short to exclude safely");
    }

    @Test
    void strippingIgnoresCaseAndTakesTheLongestPieceFirst() {
        assertEquals("Tresor--!",
                PasswordPolicy.strip("Tresor-Anna-Schmidt!", Set.of("anna", "schmidt")));
        assertEquals("#1", PasswordPolicy.strip("AnnaSchmidt#1", Set.of("anna", "annaschmidt")));
    }
}

package io.tresor.systemtest.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.systemtest.support.TresorServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Sign-in as a person experiences it, in a real headless Chromium against the running server. */
class SignInIT {

    private final TresorServer server = TresorServer.get();

    @Test
    void firstSignInForcesPasswordChangeAndTotpThenCodesWorkOnlyOnce() {
        String email = server.credential("demo.operator.1.username");
        String initial = server.credential("demo.operator.1.password");
        String password = Portal.newPassword("operator");
        Portal.Enrolment enrolment;
        try (Portal portal = Portal.open()) {
            portal.signIn(email, initial);
            portal.waitForPath("/login-password.xhtml");
            // A weak password is refused with a reason and nothing changes.
            portal.type("change:new", "password1234");
            portal.type("change:confirm", "password1234");
            portal.submit("change:submit");
            assertEquals("/login-password.xhtml", portal.path());
            assertFalse(portal.errors().isEmpty(), "a weak password must be refused with a message");

            portal.changeInitialPassword(password);
            // Operators must use TOTP: the enrolment comes before the portal.
            portal.waitForPath("/login-enrol.xhtml");
            portal.type("enrol:code", "000000");
            portal.submit("enrol:submit");
            assertEquals("/login-enrol.xhtml", portal.path());
            assertFalse(portal.errors().isEmpty(), "a wrong enrolment code must be refused");

            enrolment = portal.enrolTotp();
            assertEquals(10, enrolment.recoveryCodes().size());
            portal.acknowledgeRecoveryCodes();
            assertTrue(portal.driver().findElement(By.id("who")).getText().contains("Markus Huber"));
            portal.browser().screenshot("dashboard-operator");

            // Back after sign-out must not show the portal again.
            portal.signOut();
            portal.driver().navigate().back();
            portal.go("/portal/dashboard.xhtml");
            portal.waitForPath("/login.xhtml");
        }

        try (Portal portal = Portal.open()) {
            portal.signIn(email, password);
            portal.enterSecondFactor("123456");
            assertEquals("/login-totp.xhtml", portal.path(), "a wrong TOTP code must be refused");
            assertFalse(portal.errors().isEmpty());

            String recovery = enrolment.recoveryCodes().get(0);
            portal.enterSecondFactor(recovery);
            portal.waitForPath("/portal/dashboard.xhtml");
            portal.signOut();

            portal.signIn(email, password);
            portal.enterSecondFactor(recovery);
            assertEquals("/login-totp.xhtml", portal.path(), "a recovery code works only once");

            portal.enterSecondFactor(portal.codeFor(enrolment));
            portal.waitForPath("/portal/dashboard.xhtml");
        }
    }

    @Test
    void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        try (Portal portal = Portal.open()) {
            portal.signIn(server.credential("demo.auditor.1.username"), "not-the-password");
            assertEquals("/login.xhtml", portal.path());
            portal.signIn("nobody@nowhere.example", "not-the-password");
            assertEquals("/login.xhtml", portal.path());
            assertEquals(1, portal.errors().size());
            assertTrue(portal.errors().get(0).contains("E-mail address or password is wrong"));
        }
    }

    @Test
    void customerUserWithoutMfaReachesDashboardButNoAdminPage() {
        try (Portal portal = Portal.open()) {
            portal.go("/login.xhtml");
            String anonymousSession = portal.driver().manage().getCookieNamed("TRESORSESSION").getValue();
            portal.signIn(server.credential("demo.customer_user.1.username"),
                    server.credential("demo.customer_user.1.password"));
            portal.changeInitialPassword(Portal.newPassword("customer-user"));
            // TOTP is optional for customer users: straight to the dashboard.
            portal.waitForPath("/portal/dashboard.xhtml");
            assertNotEquals(anonymousSession, portal.driver().manage().getCookieNamed("TRESORSESSION").getValue(),
                    "the session id is renewed at sign-in");
            assertTrue(portal.driver().findElement(By.id("tile-tenant")).getText().contains("Muster Vakuumtechnik GmbH"));
            assertTrue(portal.driver().findElements(By.id("nav-tenants")).isEmpty(), "no admin menu for a customer user");

            portal.go("/portal/admin/tenants.xhtml");
            assertEquals("Not allowed", portal.heading());
            portal.go("/portal/company/users.xhtml");
            assertEquals("Not allowed", portal.heading());
        }
    }

    @Test
    void languageSwitchTranslatesThePortal() {
        try (Portal portal = Portal.open()) {
            portal.go("/login.xhtml");
            assertEquals("Sign in", portal.heading());
            portal.switchLanguage("de");
            assertEquals("Anmelden", portal.heading());
            assertEquals("E-Mail-Adresse", portal.driver().findElement(By.cssSelector("label[for='login:email']")).getText().replace("*", "").strip());
            portal.switchLanguage("en");
            assertEquals("Sign in", portal.heading());
        }
    }

    @Test
    void protectedPageWithoutSessionLeadsToLogin() {
        try (Portal portal = Portal.open()) {
            portal.go("/portal/profile.xhtml");
            portal.waitForPath("/login.xhtml");
            portal.go("/login-totp.xhtml");
            portal.waitForPath("/login.xhtml");
        }
    }

    @Test
    void customerUserMayTurnOnTotpInTheProfileAndOffAgain() {
        String email = server.credential("demo.customer_user.2.username");
        String password = Portal.newPassword("customer-user-2");
        try (Portal portal = Portal.open()) {
            portal.signIn(email, server.credential("demo.customer_user.2.password"));
            portal.changeInitialPassword(password);
            portal.waitForPath("/portal/dashboard.xhtml");

            portal.go("/portal/profile.xhtml");
            portal.ajax("mfa:enrol");
            Portal.Enrolment enrolment = new Portal.Enrolment(portal.text("secret"), new java.util.ArrayList<>(),
                    new java.util.concurrent.atomic.AtomicLong());
            portal.type("mfa:code", portal.codeFor(enrolment));
            portal.ajax("mfa:confirm");
            assertEquals(10, portal.driver().findElements(By.cssSelector("#recovery-codes li")).size());
            assertTrue(portal.text("mfa-state").contains("active"));
            portal.signOut();

            // From now on this account needs the second factor, although its role does not.
            portal.signIn(email, password);
            portal.enterSecondFactor(portal.codeFor(enrolment));
            portal.waitForPath("/portal/dashboard.xhtml");

            portal.go("/portal/profile.xhtml");
            portal.ajax("mfa:disable");
            assertTrue(portal.text("mfa-state").contains("not set up"));
            portal.signOut();
            portal.signIn(email, password);
            portal.waitForPath("/portal/dashboard.xhtml");
        }
    }
}

package io.tresor.systemtest.portal;

import io.tresor.application.identity.internal.Totp;
import io.tresor.systemtest.support.Browser;
import io.tresor.systemtest.support.TresorServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Page object for the portal as one person uses it in one browser: each method is a step a
 * person takes (sign in, change the initial password, enrol TOTP ...), waiting for the page
 * that step leads to rather than sleeping.
 */
final class Portal implements AutoCloseable {

    /** A strong passphrase the policy accepts; tests append the account so no two are alike. */
    static final String NEW_PASSWORD_BASE = "Kiefer-Lampe-Zwieback-73-";

    private final Browser browser;
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private final Totp totp = new Totp();

    private Portal(Browser browser) {
        this.browser = browser;
        this.driver = browser.driver();
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.base = TresorServer.get().baseUrl().toString();
    }

    static Portal open() {
        return new Portal(Browser.open());
    }

    WebDriver driver() {
        return driver;
    }

    void go(String path) {
        driver.get(base + path);
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    String heading() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText();
    }

    void waitForPath(String path) {
        wait.until(d -> path.equals(java.net.URI.create(d.getCurrentUrl()).getPath()));
    }

    List<String> errors() {
        return driver.findElements(By.cssSelector(".ui-messages-error-summary")).stream().map(WebElement::getText).toList();
    }

    List<String> infos() {
        return driver.findElements(By.cssSelector(".ui-messages-info-summary")).stream().map(WebElement::getText).toList();
    }

    void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks a button that submits without ajax and waits until the old page is gone. */
    void submit(String id) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        WebElement html = driver.findElement(By.tagName("html"));
        button.click();
        wait.until(d -> isGone(html));
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState")));
    }

    /** Chromium reports a replaced document either as stale or as a node of another document. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Clicks an ajax button and waits until PrimeFaces has finished the request. */
    void ajax(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();")));
    }

    void signIn(String email, String password) {
        go("/login.xhtml");
        type("login:email", email);
        type("login:password", password);
        submit("login:submit");
    }

    /** The forced change of the first sign-in. */
    void changeInitialPassword(String newPassword) {
        waitForPath("/login-password.xhtml");
        type("change:new", newPassword);
        type("change:confirm", newPassword);
        submit("change:submit");
    }

    /** Enrols TOTP on the enrolment page and returns the secret and the recovery codes shown. */
    Enrolment enrolTotp() {
        waitForPath("/login-enrol.xhtml");
        String secret = driver.findElement(By.id("secret")).getText().strip();
        type("enrol:code", codeFor(secret));
        submit("enrol:submit");
        List<String> codes = driver.findElements(By.cssSelector("#recovery-codes li")).stream()
                .map(WebElement::getText).toList();
        return new Enrolment(secret, codes);
    }

    void acknowledgeRecoveryCodes() {
        submit("codes:continue");
        waitForPath("/portal/dashboard.xhtml");
    }

    void enterSecondFactor(String code) {
        waitForPath("/login-totp.xhtml");
        type("totp:code", code);
        submit("totp:submit");
    }

    /**
     * A code the server has not seen yet. The server accepts one step either side and every
     * step once, so the code of the next step is fresh even right after enrolment.
     */
    String codeFor(String secret) {
        return totp.codeAt(secret, Totp.stepOf(Instant.now()) + 1);
    }

    void signOut() {
        submit("logout:submit");
        waitForPath("/login.xhtml");
    }

    void switchLanguage(String code) {
        submit("language:" + code);
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
    }

    record Enrolment(String secret, List<String> recoveryCodes) {
    }
}

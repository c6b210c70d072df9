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
 * that step leads to rather than sleeping. Public for the tests of servers other than the
 * suite's (the launcher's settings), which use the same steps.
 */
public final class Portal implements AutoCloseable {

    /** A new password the policy accepts, random per run so that no test secret lives in the code. */
    public static String newPassword(String account) {
        byte[] random = new byte[12];
        new java.security.SecureRandom().nextBytes(random);
        return "Tresor-" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "-" + account;
    }

    private final Browser browser;
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private final Totp totp = new Totp();

    private Portal(Browser browser, java.net.URI base) {
        this.browser = browser;
        this.driver = browser.driver();
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.base = base.toString();
    }

    /** The portal of the suite's server. */
    static Portal open() {
        return open(TresorServer.get().baseUrl());
    }

    /** The portal of another server, e.g. one a test started with settings of its own. */
    public static Portal open(java.net.URI base) {
        return new Portal(Browser.open(), base);
    }

    WebDriver driver() {
        return driver;
    }

    public void go(String path) {
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

    public void type(String id, String text) {
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
    public void ajax(String id) {
        clickAjax(By.id(id));
    }

    void clickAjax(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
        awaitAjax();
    }

    private void awaitAjax() {
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
        Enrolment enrolment = new Enrolment(driver.findElement(By.id("secret")).getText().strip(),
                new java.util.ArrayList<>(), new java.util.concurrent.atomic.AtomicLong());
        type("enrol:code", codeFor(enrolment));
        submit("enrol:submit");
        driver.findElements(By.cssSelector("#recovery-codes li")).stream()
                .map(WebElement::getText).forEach(enrolment.recoveryCodes()::add);
        return enrolment;
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
     * A code the server has not seen yet and that stays valid while it travels there. The server
     * accepts the steps from one before its current step to one after, each once. A code of the
     * step the test is in (or the next one, when that one was used) is still inside the window if
     * the server's step has moved on by one before it checks, whereas the previous step's code is
     * refused whenever a 30-second boundary falls between the test computing it and the server
     * checking it. When even the next step was used, this waits (at most one step) until it
     * becomes the current one.
     */
    String codeFor(Enrolment enrolment) {
        long wanted = Math.max(Totp.stepOf(Instant.now()), enrolment.lastStep().get() + 1);
        new WebDriverWait(driver, Duration.ofSeconds(40)).pollingEvery(Duration.ofMillis(500))
                .until(d -> Totp.stepOf(Instant.now()) + 1 >= wanted);
        enrolment.lastStep().set(wanted);
        return totp.codeAt(enrolment.secret(), wanted);
    }

    /** First sign-in of an account that must enrol TOTP: password change, enrolment, dashboard. */
    public Enrolment firstSignInWithTotp(String email, String initialPassword, String newPassword) {
        signIn(email, initialPassword);
        changeInitialPassword(newPassword);
        Enrolment enrolment = enrolTotp();
        acknowledgeRecoveryCodes();
        return enrolment;
    }

    /**
     * Picks an entry of a PrimeFaces selectOneMenu by its label, as a person does: open the
     * menu, click the entry. The panel slides open, and a click during the slide can miss, so
     * a missed pick is tried again (three times at most) before the test fails.
     */
    void choose(String menuId, String label) {
        By labelShown = By.id(menuId + "_label");
        By panel = By.id(menuId + "_panel");
        for (int attempt = 1; ; attempt++) {
            try {
                // Open the menu unless an earlier attempt left it open (a click would close it).
                if (driver.findElements(panel).stream().noneMatch(WebElement::isDisplayed)) {
                    wait.until(ExpectedConditions.elementToBeClickable(By.id(menuId))).click();
                }
                wait.until(ExpectedConditions.visibilityOfElementLocated(panel));
                wait.until(d -> !Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return window.jQuery && jQuery(':animated').length > 0;")));
                wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']"))).click();
                new WebDriverWait(driver, Duration.ofSeconds(3)).until(ExpectedConditions.textToBe(labelShown, label));
                break;
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.ElementNotInteractableException
                     | org.openqa.selenium.StaleElementReferenceException missed) {
                if (attempt == 3) {
                    throw missed;
                }
            }
        }
        awaitAjax();
    }

    /** Ticks the checkbox of a PrimeFaces selectManyCheckbox whose label is the given text. */
    void tick(String groupId, String label) {
        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[@id='" + groupId + "']//label[normalize-space(.)='" + label + "']")));
        box.click();
    }

    /** Waits until the element shows the text, e.g. after an upload that updates the page by ajax. */
    void waitForText(String id, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    String text(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText().strip();
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

    /** An enrolled second factor; remembers the last time step used, since each works once. */
    public record Enrolment(String secret, List<String> recoveryCodes, java.util.concurrent.atomic.AtomicLong lastStep) {
    }
}

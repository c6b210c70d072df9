package io.tresor.web.portal.identity;

import java.io.Serializable;

/** What the page header shows of the signed-in person; kept in the session at sign-in. */
public record SignedInPerson(String displayName, String tenantName) implements Serializable {

    public static final String ATTRIBUTE = "signedInPerson";
}

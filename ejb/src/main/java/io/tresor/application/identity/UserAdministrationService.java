package io.tresor.application.identity;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An admin's view of the people in their own tenant: invite, change roles, disable, enable.
 * The tenant is always the caller's; an id from another tenant is simply not found.
 */
public interface UserAdministrationService {

    /** One person as the user list shows them. */
    record UserView(String id, String email, String displayName, Set<String> roles, String status,
                    boolean totpEnabled, Instant lastLoginAt, Instant createdAt) {
    }

    List<UserView> list();

    /**
     * The people whose whole name or e-mail address is exactly this one, ignoring case, accents
     * written as combined characters and extra spaces. Found through blind indexes, so nothing is
     * decrypted to search; parts of a name find nothing, by design.
     */
    List<UserView> find(String nameOrEmail);

    /** Roles the caller may hand out in their tenant. */
    List<String> assignableRoles();

    /** Invites a person by e-mail; the link in the mail lets them set a password. */
    UserView invite(String email, String displayName, Set<String> roles) throws AccountException;

    UserView changeRoles(String userId, Set<String> roles) throws AccountException;

    /** Disabling ends the person's sessions at their next request. */
    UserView disable(String userId) throws AccountException;

    UserView enable(String userId) throws AccountException;
}

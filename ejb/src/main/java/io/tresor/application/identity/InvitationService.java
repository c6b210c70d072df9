package io.tresor.application.identity;

import java.util.List;
import java.util.Optional;

/** Accepting an invitation: public, because the invited person has no password yet. */
public interface InvitationService {

    /** Who the invitation is for, shown on the page; empty if the link is unknown, used or expired. */
    Optional<String> invitee(String token);

    /** Sets the first password; returns the policy's message keys, empty when accepted. */
    List<String> accept(String token, String password) throws AccountException;
}

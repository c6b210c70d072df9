package io.tresor.domain.identity;

/** INVITED until the person sets a password; DISABLED accounts cannot sign in and lose their sessions. */
public enum UserStatus {
    INVITED,
    ACTIVE,
    DISABLED
}

package io.tresor.application.audit;

/** How an audited action ended. */
public enum Outcome { SUCCESS, FAILURE, DENIED }

package io.tresor.domain.crypto;

/** Life of a stored key: in use, kept only to open what it still wraps, or destroyed for good. */
public enum KeyState { ACTIVE, RETIRED, DESTROYED }

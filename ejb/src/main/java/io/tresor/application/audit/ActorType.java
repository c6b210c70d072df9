package io.tresor.application.audit;

/** Who acted: a person, an integrator client, a device, Tresor itself, or someone not yet known. */
public enum ActorType { USER, CLIENT, DEVICE, SYSTEM, ANONYMOUS }

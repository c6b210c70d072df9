package io.tresor.application.crypto.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Unwrapped data keys in memory for a short time, by key id (to open a value) and by subject
 * (to seal one). Bounded: when full it starts over, which costs a few unwraps, never memory.
 */
public final class DataKeyCache {

    private record Cached(SubjectKey key, long until) {
    }

    private final int max;
    private final Map<String, Cached> byId = new ConcurrentHashMap<>();
    private final Map<String, String> idBySubject = new ConcurrentHashMap<>();

    public DataKeyCache(int max) {
        this.max = max;
    }

    /** The key with this id if it is cached and still fresh at {@code now} (epoch millis). */
    public SubjectKey byId(String id, long now) {
        Cached c = byId.get(id);
        return c == null || c.until() < now ? null : c.key();
    }

    public SubjectKey bySubject(String tenantId, String subjectId, long now) {
        String id = idBySubject.get(tenantId + "|" + subjectId);
        return id == null ? null : byId(id, now);
    }

    public void remember(SubjectKey key, long until) {
        if (byId.size() >= max) {
            byId.clear();
            idBySubject.clear();
        }
        byId.put(key.id(), new Cached(key, until));
        idBySubject.put(key.tenantId() + "|" + key.subjectId(), key.id());
    }

    public void forgetSubject(String tenantId, String subjectId) {
        idBySubject.remove(tenantId + "|" + subjectId);
        byId.values().removeIf(c -> c.key().tenantId().equals(tenantId) && c.key().subjectId().equals(subjectId));
    }

    public void forgetTenant(String tenantId) {
        byId.values().removeIf(c -> c.key().tenantId().equals(tenantId));
        idBySubject.keySet().removeIf(k -> k.startsWith(tenantId + "|"));
    }
}

package io.tresor.application.crypto.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DataKeyCacheTest {

    private static SubjectKey key(String id, String tenant, String subject) {
        return new SubjectKey(id, tenant, subject, Aead.newKey());
    }

    @Test
    void aKeyIsFoundByIdAndBySubjectUntilItExpires() {
        DataKeyCache cache = new DataKeyCache(10);
        SubjectKey k = key("k1", "t1", "s1");
        cache.remember(k, 1_000);
        assertEquals(k, cache.byId("k1", 999));
        assertEquals(k, cache.bySubject("t1", "s1", 1_000));
        assertNull(cache.byId("k1", 1_001), "expired keys are unwrapped again");
    }

    @Test
    void forgettingASubjectOrATenantTakesTheirKeysOutAtOnce() {
        DataKeyCache cache = new DataKeyCache(10);
        cache.remember(key("k1", "t1", "s1"), Long.MAX_VALUE);
        cache.remember(key("k2", "t1", "s2"), Long.MAX_VALUE);
        cache.remember(key("k3", "t2", "s3"), Long.MAX_VALUE);
        cache.forgetSubject("t1", "s1");
        assertNull(cache.byId("k1", 0));
        assertEquals("k2", cache.bySubject("t1", "s2", 0).id());
        cache.forgetTenant("t1");
        assertNull(cache.byId("k2", 0));
        assertEquals("k3", cache.byId("k3", 0).id());
    }

    @Test
    void theCacheNeverGrowsBeyondItsBound() {
        DataKeyCache cache = new DataKeyCache(2);
        cache.remember(key("k1", "t", "s1"), Long.MAX_VALUE);
        cache.remember(key("k2", "t", "s2"), Long.MAX_VALUE);
        cache.remember(key("k3", "t", "s3"), Long.MAX_VALUE);
        assertNull(cache.byId("k1", 0));
        assertEquals("k3", cache.byId("k3", 0).id());
    }
}

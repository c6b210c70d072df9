package io.tresor.systemtest.services;

import io.tresor.domain.shared.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** Deployed with the tests only: ends a signing key's signing period now, as the daily rotation would. */
@Stateless
public class KeyProbe {

    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager em;

    public void retire(String kid) {
        em.createQuery("UPDATE SigningKey k SET k.signUntil = :now WHERE k.kid = :kid")
                .setParameter("now", Instant.now()).setParameter("kid", kid).executeUpdate();
    }
}

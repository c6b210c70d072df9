package io.tresor.application.tenant;

import java.time.Instant;
import java.util.List;

/** What the dashboard shows a signed-in person today: their tenant, its people, recent sign-ins. */
public interface DashboardService {

    /** A recent sign-in in the caller's tenant. */
    record RecentLogin(String displayName, Instant at) {
    }

    /** The dashboard's figures; later capabilities add their tiles. */
    record Overview(String tenantName, String tenantKind, long users, List<RecentLogin> recentLogins) {
    }

    Overview overview();
}

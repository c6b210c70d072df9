package io.tresor.application.asset.internal;

import io.tresor.application.asset.AssetService;
import io.tresor.application.asset.InstalledBaseException;
import io.tresor.application.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** One imported row in a transaction of its own: the asset and its status together, or nothing. */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR})
public class AssetImportRow {

    @EJB
    AssetService assets;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void register(AssetService.AssetDraft draft, String status) throws InstalledBaseException {
        AssetService.AssetView created = assets.register(draft);
        if (status != null) {
            assets.changeStatus(created.id(), status);
        }
    }
}

package io.tresor.application.device.internal;

import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditAction;
import io.tresor.application.audit.AuditRecord;
import io.tresor.application.crypto.Sealing;
import io.tresor.application.device.DeviceException;
import io.tresor.application.device.EnrollmentGroupService;
import io.tresor.application.identity.Roles;
import io.tresor.application.tenant.ManufacturerSide;
import io.tresor.application.shared.TenantData;
import io.tresor.domain.asset.AssetType;
import io.tresor.domain.device.EnrollmentGroup;
import io.tresor.domain.device.EnrollmentGroupKind;
import io.tresor.domain.shared.Tenancy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Enrollment groups belong to the manufacturer (the platform side): customers' callers reach
 * none, so their lists are empty and every id is unknown to them.
 */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR, Roles.CUSTOMER_USER, Roles.CUSTOMER_ADMIN})
public class EnrollmentGroupServiceBean implements EnrollmentGroupService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int GROUP_KEY_BYTES = 32;

    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager em;

    @Inject
    TenantData data;

    @Inject
    Sealing sealing;

    @Inject
    Audit audit;

    @Override
    public List<GroupView> list() {
        if (!manufacturerSide()) {
            return List.of();
        }
        return em.createNamedQuery("EnrollmentGroup.all", EnrollmentGroup.class).getResultStream()
                .map(EnrollmentGroupServiceBean::view).toList();
    }

    @Override
    public GroupView get(String id) throws DeviceException {
        return view(find(id));
    }

    @Override
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR})
    @ManufacturerSide
    public Created create(String name, String kind, String assetTypeId, String caCertificatePem)
            throws DeviceException {
        EnrollmentGroupKind groupKind = kind(kind);
        if (assetTypeId == null || em.find(AssetType.class, assetTypeId) == null) {
            throw DeviceException.notFound(DeviceException.ASSET_TYPE_NOT_FOUND, "asset type", assetTypeId);
        }
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw DeviceException.invalid(DeviceException.GROUP_NAME_INVALID,
                    "An enrollment group needs a name of at most 200 characters");
        }
        if (!em.createNamedQuery("EnrollmentGroup.byName", EnrollmentGroup.class).setParameter("name", name.strip())
                .getResultList().isEmpty()) {
            throw DeviceException.conflict(DeviceException.GROUP_NAME_TAKEN, "An enrollment group named " + name.strip()
                    + " exists", name.strip());
        }
        Instant now = Instant.now();
        EnrollmentGroup group;
        String groupKey = null;
        if (groupKind == EnrollmentGroupKind.X509) {
            group = x509(name, assetTypeId, caCertificatePem, now);
        } else {
            if (caCertificatePem != null && !caCertificatePem.isBlank()) {
                throw DeviceException.invalid(DeviceException.GROUP_CA_NOT_EXPECTED,
                        "A SYMMETRIC group has no CA certificate");
            }
            group = EnrollmentGroup.symmetric(name, assetTypeId, now);
            byte[] key = new byte[GROUP_KEY_BYTES];
            RANDOM.nextBytes(key);
            group.sealKey(sealing.seal(key, EnrollmentGroup.keyContext(group.getId())));
            groupKey = Base64.getEncoder().encodeToString(key);
            Arrays.fill(key, (byte) 0);
        }
        em.persist(group);
        audit.record(AuditRecord.of(AuditAction.ENROLLMENT_GROUP_CREATED).target("enrollment-group", group.getId())
                .detail("kind", group.getKind().name()).detail("assetType", assetTypeId)
                .detail("caFingerprint", group.getCaFingerprint()));
        return new Created(view(group), groupKey);
    }

    private EnrollmentGroup x509(String name, String assetTypeId, String caPem, Instant now) throws DeviceException {
        X509Certificate ca;
        try {
            ca = FactoryChain.parseCa(caPem, now);
        } catch (IllegalArgumentException e) {
            throw DeviceException.invalid(DeviceException.GROUP_CA_INVALID, e.getMessage());
        }
        String fingerprint = DevicePki.fingerprint(ca);
        String subject = FactoryChain.canonical(ca.getSubjectX500Principal());
        boolean duplicate = em.createNamedQuery("EnrollmentGroup.enabledForCa", EnrollmentGroup.class)
                .setParameter("subjects", List.of(subject)).getResultStream()
                .anyMatch(g -> g.getCaFingerprint().equals(fingerprint) && g.getAssetTypeId().equals(assetTypeId));
        if (duplicate) {
            throw DeviceException.conflict(DeviceException.GROUP_DUPLICATE,
                    "An enabled group trusts this CA for this asset type already");
        }
        return EnrollmentGroup.x509(name, assetTypeId, DeviceCa.pem(ca), subject, fingerprint, now);
    }

    @Override
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR})
    @ManufacturerSide
    public GroupView disable(String id) throws DeviceException {
        EnrollmentGroup group = find(id);
        group.disable(Instant.now());
        audit.record(AuditRecord.of(AuditAction.ENROLLMENT_GROUP_DISABLED).target("enrollment-group", id));
        return view(group);
    }

    private EnrollmentGroup find(String id) throws DeviceException {
        EnrollmentGroup group = id == null || !manufacturerSide() ? null : em.find(EnrollmentGroup.class, id);
        if (group == null) {
            throw DeviceException.notFound(DeviceException.GROUP_NOT_FOUND, "enrollment group", id);
        }
        return group;
    }

    private static EnrollmentGroupKind kind(String kind) throws DeviceException {
        try {
            return EnrollmentGroupKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DeviceException.invalid(DeviceException.GROUP_KIND_INVALID, "kind is X509 or SYMMETRIC", kind);
        }
    }

    private static GroupView view(EnrollmentGroup g) {
        X509Certificate ca = g.getCaCertificate() == null ? null : DeviceAuthenticationBean.certificate(g);
        return new GroupView(g.getId(), g.getName(), g.getKind().name(), g.getAssetTypeId(), g.getState().name(),
                g.getCreatedAt(), g.getDisabledAt(), g.getCaSubject(), g.getCaFingerprint(),
                ca == null ? null : ca.getNotAfter().toInstant());
    }

    /** Enrollment groups are the manufacturer's: a customer's caller reaches none of them. */
    private boolean manufacturerSide() {
        return data.reach().isEverything();
    }
}

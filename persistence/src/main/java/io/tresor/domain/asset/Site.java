package io.tresor.domain.asset;

import io.tresor.domain.shared.TenantOwned;
import io.tresor.domain.crypto.Personal;
import io.tresor.domain.crypto.PersonalData;
import io.tresor.domain.crypto.PersonalDataListener;
import io.tresor.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer's plant or building. Its address and contact person are personal data, sealed
 * under a data key of the contact's own, so that erasing the contact destroys exactly these.
 */
@Entity
@Table(name = "site")
@EntityListeners(PersonalDataListener.class)
@NamedQuery(name = "Site.all", query = "SELECT s FROM Site s ORDER BY s.name")
@NamedQuery(name = "Site.ofTenant", query = "SELECT s FROM Site s WHERE s.tenantId = :tenantId ORDER BY s.name")
@NamedQuery(name = "Site.byName", query = "SELECT s FROM Site s WHERE s.tenantId = :tenantId AND s.name = :name")
public class Site extends TenantOwned implements PersonalData {

    static final String RECORD_TYPE = "site";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 2000)
    private Personal address;

    @Column(name = "contact_subject_id", nullable = false, length = 36)
    private String contactSubjectId;

    @Column(name = "contact_name", length = 1000)
    private Personal contactName;

    @Column(name = "contact_email", length = 1000)
    private Personal contactEmail;

    @Column(name = "contact_phone", length = 1000)
    private Personal contactPhone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Site() {
    }

    public Site(String tenantId, String name, Contact contact, Instant now) {
        super(tenantId);
        this.id = Ids.newId();
        this.name = Texts.required(name, 200, "A site needs a name");
        this.contactSubjectId = Ids.newId();
        this.createdAt = Objects.requireNonNull(now, "now");
        changeContact(contact);
    }

    /** Address and contact as entered; blank parts are not stored. */
    public record Contact(String address, String name, String email, String phone) {
    }

    public void changeContact(Contact contact) {
        Contact c = contact == null ? new Contact(null, null, null, null) : contact;
        this.address = personal("address", Texts.optional(c.address(), 500, "The address is longer than 500 characters"));
        this.contactName = personal("contactName",
                Texts.optional(c.name(), 200, "The contact's name is longer than 200 characters"));
        this.contactEmail = personal("contactEmail", Texts.optional(c.email(), 320, "The contact's e-mail address is too long"));
        this.contactPhone = personal("contactPhone", Texts.optional(c.phone(), 50, "The contact's phone number is too long"));
    }

    public void rename(String newName) {
        this.name = Texts.required(newName, 200, "A site needs a name");
    }

    /** Sealed at once: a stored site's new contact is converted before any update callback could seal it. */
    private Personal personal(String field, String value) {
        return value == null ? null : Personal.sealedFor(this, field, value);
    }

    @Override
    public String personalTenantId() {
        return getTenantId();
    }

    @Override
    public String personalSubjectId() {
        return contactSubjectId;
    }

    @Override
    public String personalRecordType() {
        return RECORD_TYPE;
    }

    @Override
    public String personalRecordId() {
        return id;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Personal getAddress() {
        return address;
    }

    public String getContactSubjectId() {
        return contactSubjectId;
    }

    public Personal getContactName() {
        return contactName;
    }

    public Personal getContactEmail() {
        return contactEmail;
    }

    public Personal getContactPhone() {
        return contactPhone;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Site other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}

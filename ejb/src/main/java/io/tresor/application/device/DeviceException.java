package io.tresor.application.device;

import io.tresor.application.shared.Refused;
import jakarta.ejb.ApplicationException;

/**
 * A change to devices or enrollment groups that the rules refuse: the device, its asset or the
 * group does not exist within the caller's reach, it conflicts with what exists (an id or name
 * taken, a revoked device, a decommissioned asset), or the input is invalid. Every code it
 * raises is one of the constants below; the arguments are named beside each.
 */
@ApplicationException(rollback = true)
public class DeviceException extends Refused {

    private static final long serialVersionUID = 1L;

    /** Arguments: the id asked for. */
    public static final String DEVICE_NOT_FOUND = "device.notFound";
    /** Arguments: the id asked for. */
    public static final String ASSET_NOT_FOUND = "asset.notFound";
    /** Arguments: the id asked for. */
    public static final String ASSET_TYPE_NOT_FOUND = "assetType.notFound";
    /** Arguments: the id asked for. */
    public static final String GROUP_NOT_FOUND = "enrollmentGroup.notFound";

    /** A decommissioned asset gets no new device. */
    public static final String ASSET_DECOMMISSIONED = "asset.decommissioned";
    /** The device id is not 1 to 64 letters, digits, dots, dashes or underscores starting with a letter or digit. */
    public static final String DEVICE_ID_INVALID = "device.idInvalid";
    /** Arguments: the device id. */
    public static final String DEVICE_ID_TAKEN = "device.idTaken";
    /** A revoked device changes no more. */
    public static final String DEVICE_FINAL = "device.final";
    /** Arguments: the reason given, the reasons allowed. */
    public static final String DEVICE_REASON_INVALID = "device.reasonInvalid";
    /** Arguments: the state given. */
    public static final String DEVICE_STATE_INVALID = "device.stateInvalid";

    /** The group's name is empty or longer than 200 characters. */
    public static final String GROUP_NAME_INVALID = "enrollmentGroup.nameInvalid";
    /** Arguments: the name. */
    public static final String GROUP_NAME_TAKEN = "enrollmentGroup.nameTaken";
    /** Arguments: the kind given. */
    public static final String GROUP_KIND_INVALID = "enrollmentGroup.kindInvalid";
    /** A symmetric group was given a CA certificate. */
    public static final String GROUP_CA_NOT_EXPECTED = "enrollmentGroup.caNotExpected";
    /** The CA certificate is not a PEM certificate of a valid CA. */
    public static final String GROUP_CA_INVALID = "enrollmentGroup.caInvalid";
    /** An enabled group trusts the CA for the asset type already. */
    public static final String GROUP_DUPLICATE = "enrollmentGroup.duplicate";

    public DeviceException(Kind kind, String code, String message, Object... arguments) {
        super(kind, code, message, null, arguments);
    }

    /** {@code what} in words ("enrollment group") for the message; the id is the argument. */
    public static DeviceException notFound(String code, String what, String id) {
        return new DeviceException(Kind.NOT_FOUND, code, "No " + what + " " + id + " for this caller", id);
    }

    public static DeviceException invalid(String code, String message, Object... arguments) {
        return new DeviceException(Kind.INVALID, code, message, arguments);
    }

    public static DeviceException conflict(String code, String message, Object... arguments) {
        return new DeviceException(Kind.CONFLICT, code, message, arguments);
    }
}

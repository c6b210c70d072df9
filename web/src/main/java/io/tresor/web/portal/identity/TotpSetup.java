package io.tresor.web.portal.identity;

import io.tresor.application.identity.SignInService;
import java.io.Serializable;
import java.util.List;

/**
 * What a page shows while a second factor is set up: the offered secret with its QR code,
 * the code the person types, then the recovery codes, shown once.
 */
public class TotpSetup implements Serializable {

    private static final long serialVersionUID = 1L;

    private SignInService.Enrolment enrolment;
    private String code;
    private List<String> recoveryCodes = List.of();

    void offer(SignInService.Enrolment offered) {
        enrolment = offered;
        recoveryCodes = List.of();
    }

    /** The typed code, taken once: a failed attempt leaves the field empty. */
    String takeCode() {
        String typed = code;
        code = null;
        return typed;
    }

    void showRecoveryCodes(List<String> codes) {
        recoveryCodes = List.copyOf(codes);
    }

    void clear() {
        enrolment = null;
        code = null;
        recoveryCodes = List.of();
    }

    public SignInService.Enrolment getEnrolment() {
        return enrolment;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public boolean isConfirmed() {
        return !recoveryCodes.isEmpty();
    }
}

package io.tresor.web.portal.identity;

import java.io.Serializable;

/** The "new password, repeated" pair that every password form has; never kept after use. */
public class NewPassword implements Serializable {

    private static final long serialVersionUID = 1L;

    private String password;
    private String confirmation;

    /** The new password if both entries agree, else null. */
    String confirmed() {
        return password != null && password.equals(confirmation) ? password : null;
    }

    void clear() {
        password = null;
        confirmation = null;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}

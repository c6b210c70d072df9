package io.tresor.web.portal.identity;

import io.tresor.application.identity.AccountException;
import io.tresor.application.identity.UserAdministrationService;
import io.tresor.application.identity.UserAdministrationService.UserView;
import io.tresor.web.portal.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** portal/company/users.xhtml: an admin's colleagues: invite, roles, disable. */
@Named
@ViewScoped
public class Users implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministrationService users;

    private List<UserView> list;
    private String search;
    private boolean searching;
    private List<String> roleChoices;
    private String email;
    private String displayName;
    private List<String> roles = new ArrayList<>();
    private UserView editing;
    private List<String> editedRoles = new ArrayList<>();

    @PostConstruct
    void load() {
        roleChoices = users.assignableRoles();
        reload();
    }

    /** The list again after a change or a search; the roles on offer stay what they were. */
    private void reload() {
        list = searching ? users.find(search) : users.list();
    }

    /** Exact search: names and addresses are encrypted, so only whole values can be found. */
    public void find() {
        searching = search != null && !search.isBlank();
        reload();
        if (searching && list.isEmpty()) {
            Messages.info("users.notFound", search.strip());
        }
    }

    public void showAll() {
        search = null;
        searching = false;
        reload();
    }

    public void invite() {
        try {
            users.invite(email, displayName, new HashSet<>(roles));
            Messages.info("user.invited", email);
            email = null;
            displayName = null;
            roles = new ArrayList<>();
            reload();
        } catch (AccountException e) {
            Messages.refused(e);
        }
    }

    public void edit(UserView user) {
        editing = user;
        editedRoles = new ArrayList<>(user.roles());
    }

    public void saveRoles() {
        try {
            users.changeRoles(editing.id(), new HashSet<>(editedRoles));
            Messages.info("user.rolesChanged", editing.email());
            editing = null;
            reload();
        } catch (AccountException e) {
            Messages.refused(e);
        }
    }

    public void toggle(UserView user) {
        try {
            if ("DISABLED".equals(user.status())) {
                users.enable(user.id());
                Messages.info("user.enabled", user.email());
            } else {
                users.disable(user.id());
                Messages.info("user.disabled", user.email());
            }
            reload();
        } catch (AccountException e) {
            Messages.refused(e);
        }
    }

    public List<UserView> getList() {
        return list;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public boolean isSearching() {
        return searching;
    }

    public List<String> getRoleChoices() {
        return roleChoices;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public UserView getEditing() {
        return editing;
    }

    public List<String> getEditedRoles() {
        return editedRoles;
    }

    public void setEditedRoles(List<String> editedRoles) {
        this.editedRoles = editedRoles;
    }
}

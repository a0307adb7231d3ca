package org.pustaka.central.staff;

import java.util.Set;

/** A signed-in staff member as the pages see them; {@code csrf} goes into every form they are shown. */
public record StaffSession(String username, String realName, Set<Role> roles, String csrf) {

    public boolean may(Role role) {
        return roles.contains(role);
    }
}

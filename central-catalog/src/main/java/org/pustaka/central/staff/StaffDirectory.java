package org.pustaka.central.staff;

import java.util.Optional;

/**
 * The library's staff accounts (SLiMS's {@code user} table). Blocks on its database; answers empty for an
 * unknown name or a wrong password alike, and throws {@link IllegalStateException} when the directory cannot
 * be read. Implementations never log the password.
 */
public interface StaffDirectory {

    Optional<StaffAccount> check(String username, String password);

    /** No directory configured: nobody signs in. */
    StaffDirectory NONE = (username, password) -> Optional.empty();
}

package org.pustaka.central.backend;

import java.util.Optional;

/** Library members. */
public interface Members {

    /** The member with this id (compared as the library system compares it), or empty. */
    Optional<Member> find(String memberId);
}

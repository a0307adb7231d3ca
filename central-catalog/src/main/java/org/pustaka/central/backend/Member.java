package org.pustaka.central.backend;

import java.time.LocalDate;

/**
 * A member with their membership type's default terms. {@code passwordHash} is the OPAC password hash
 * (bcrypt or a legacy MD5 hex), null when none is set; it never appears in {@link #toString()}.
 */
public record Member(String memberId, String name, int memberTypeId, String memberTypeName, LocalDate expireDate,
                     boolean pending, String passwordHash, String institution, LoanTerms typeTerms) {

    @Override
    public String toString() {
        return "Member[" + memberId.substring(0, Math.min(4, memberId.length())) + "…, type=" + memberTypeId + "]";
    }
}

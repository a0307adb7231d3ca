package org.pustaka.catalog.api;

import java.util.Objects;

/** Registers a kiosk with the one-time enrollment code staff created for it. */
public record EnrollmentRequest(String kioskId, String enrollmentCode, String version) {
    public EnrollmentRequest {
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(enrollmentCode, "enrollmentCode");
        version = version == null ? "" : version;
    }

    @Override
    public String toString() {
        return "EnrollmentRequest[" + kioskId + ", code=****]";
    }
}

package org.pustaka.kiosk.diagnostics;

/**
 * Checks the central catalog for the self-tests. Blocks up to the probe's own timeout; call from a
 * worker thread. Returns a sentence on success and throws with a sentence (the cause for the
 * technician) when the catalog cannot be used.
 */
@FunctionalInterface
public interface CatalogProbe {

    TechnicianText check() throws Exception;

    /** For kiosks without a central catalog: passes and says so. */
    static CatalogProbe notConfigured() {
        return () -> TechnicianText.of("check.catalog.none");
    }
}

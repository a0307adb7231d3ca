package org.pustaka.kiosk.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "dev" when run from classes. */
public final class KioskVersion implements IVersionProvider {

    public static String current() {
        String v = KioskVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"pustaka-kiosk " + current()};
    }
}

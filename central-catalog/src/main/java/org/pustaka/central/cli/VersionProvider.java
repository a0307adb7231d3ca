package org.pustaka.central.cli;

import org.pustaka.central.CentralService;
import picocli.CommandLine.IVersionProvider;

/** The jar's Implementation-Version, or "dev" from the build tree. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"pustaka-central " + CentralService.version()};
    }
}

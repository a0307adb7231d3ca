package org.pustaka.kiosk.events.assembly;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.pustaka.kiosk.config.CatalogSettings;

/** The TLS context for the central catalog: the JVM's trust store, or the configured one (a library's own CA). */
final class CatalogTls {

    private CatalogTls() {
    }

    static SSLContext context(CatalogSettings settings) {
        try {
            if (settings.truststore() == null) {
                return SSLContext.getDefault();
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            try (InputStream in = Files.newInputStream(settings.truststore())) {
                store.load(in, settings.truststorePassword().toCharArray());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the trust store " + settings.truststore()
                    + " (catalog.truststore): " + e.getMessage() + ". Check the file and catalog.truststorePassword.", e);
        }
    }
}

package org.pustaka.kiosk.library.http;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.pustaka.kiosk.config.CatalogSettings;
import org.pustaka.kiosk.library.http.CatalogException.Failure;

/**
 * Builds the pooled HttpClient for the central catalog: connect and response timeouts from the settings,
 * TLS trusting the configured truststore (the system's CAs when none is given), connections checked after
 * a second idle (a library's proxy closes idle ones) and no retries of its own ({@link CatalogTransport}
 * decides what may be repeated).
 */
final class HttpClientFactory {
    private static final int MAX_CONNECTIONS = 4;

    private HttpClientFactory() {
    }

    static CloseableHttpClient create(CatalogSettings s) throws CatalogException {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setMaxConnPerRoute(MAX_CONNECTIONS)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(s.connectTimeoutMillis()))
                        .setSocketTimeout(Timeout.ofMilliseconds(s.responseTimeoutMillis()))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                        .build());
        if (s.truststore() != null) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext(s)));
        }
        PoolingHttpClientConnectionManager manager = pool.build();
        return HttpClients.custom()
                .setConnectionManager(manager)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.ofMilliseconds(s.connectTimeoutMillis()))
                        .setResponseTimeout(Timeout.ofMilliseconds(s.responseTimeoutMillis()))
                        .build())
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableRedirectHandling()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .setUserAgent("PustakaKiosk/" + version())
                .build();
    }

    private static String version() {
        String v = HttpClientFactory.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private static SSLContext sslContext(CatalogSettings s) throws CatalogException {
        char[] password = s.truststorePassword() == null ? new char[0] : s.truststorePassword().toCharArray();
        try {
            KeyStore store = KeyStore.getInstance(s.truststore().toFile(), password);
            return SSLContexts.custom().loadTrustMaterial(store, null).build();
        } catch (IOException | GeneralSecurityException e) {
            throw new CatalogException(Failure.UNREACHABLE, 0, null, false,
                    "The truststore " + s.truststore() + " (catalog.truststore) cannot be read: " + e.getMessage()
                            + ". Check the file and catalog.truststorePassword.", e);
        }
    }
}

package org.pustaka.hardware.card.pcsc;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK's PC/SC provider establishes one pcscd context per JVM and keeps it forever, so after pcscd
 * restarts (an update, a crash, a reader driver reinstalled) every call fails with "no service" until the
 * kiosk restarts. This renews that context. It needs the package opened to the application (the kiosk
 * jar's manifest says {@code Add-Opens: java.smartcardio/sun.security.smartcardio}); without it the
 * technician is told once in the log to restart the kiosk after pcscd restarts.
 */
final class PcscContext {
    private static final Logger LOG = LoggerFactory.getLogger(PcscContext.class);
    private static final int SCARD_SCOPE_USER = 0;
    private static volatile boolean warned;

    private PcscContext() {
    }

    /** Asks pcscd for a new context for the whole JVM; false when that is not possible here. */
    static boolean renew() {
        try {
            Class<?> terminals = Class.forName("sun.security.smartcardio.PCSCTerminals");
            Field context = terminals.getDeclaredField("contextId");
            context.setAccessible(true);
            Class<?> pcsc = Class.forName("sun.security.smartcardio.PCSC");
            Method establish = pcsc.getDeclaredMethod("SCardEstablishContext", int.class);
            establish.setAccessible(true);
            long fresh = (Long) establish.invoke(null, SCARD_SCOPE_USER);
            // the provider also keeps one terminal object per reader name, holding the old context
            Field known = terminals.getDeclaredField("terminals");
            known.setAccessible(true);
            synchronized (terminals) {
                context.setLong(null, fresh);
                ((java.util.Map<?, ?>) known.get(null)).clear();
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (!warned) {
                warned = true;
                LOG.warn("The PC/SC context cannot be renewed ({}); after pcscd restarts, restart the kiosk too.",
                        e.toString());
            }
            return false;
        }
    }
}

package org.pustaka.kiosk.diagnostics;

import org.pustaka.kiosk.diagnostics.DeviceChecks.Verdict;
import org.pustaka.kiosk.library.LibraryStatus;
import org.pustaka.kiosk.library.LibrarySystem;
import org.pustaka.kiosk.store.StoreException;

/** The self-tests of the library system, the central catalog and the local store. */
final class ConnectionChecks {
    private ConnectionChecks() {
    }

    static Verdict library(LibrarySystem library) {
        LibraryStatus s = library.status();
        if (s.online()) {
            return new Verdict(true, "Sistem perpustakaan menjawab dalam " + s.roundTripMillis() + " ms. "
                    + "/ The library system answered in " + s.roundTripMillis() + " ms."
                    + (s.detail().isEmpty() ? "" : " (" + s.detail() + ")"));
        }
        return new Verdict(false, "Sistem perpustakaan tidak terjangkau: periksa jaringan dan server SIP2 "
                + "(sip2.host, sip2.port); kios bekerja offline sampai tersambung lagi. / The library system cannot "
                + "be reached: check the network and the SIP2 server (sip2.host, sip2.port); the kiosk works "
                + "offline until it is back." + (s.detail().isEmpty() ? "" : " (" + s.detail() + ")"));
    }

    static Verdict catalog(CatalogProbe probe) {
        try {
            return new Verdict(true, probe.check());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Verdict(false, "Pemeriksaan katalog pusat dihentikan. / The central catalog check was stopped.");
        } catch (Exception e) {
            return new Verdict(false, "Katalog pusat tidak terjangkau: periksa jaringan, catalog.url dan "
                    + "catalog.token; laporan menunggu di antrean. / The central catalog cannot be reached: check "
                    + "the network, catalog.url and catalog.token; reports wait in the outbox. (" + e.getMessage() + ")");
        }
    }

    static Verdict store(OutboxDepth outbox) {
        try {
            int depth = outbox.depth();
            return new Verdict(true, "Penyimpanan lokal baik; " + depth + " laporan menunggu dikirim. "
                    + "/ Local store fine; " + depth + " reports wait to be sent.");
        } catch (StoreException e) {
            return new Verdict(false, "Penyimpanan lokal tidak dapat dibaca. / The local store cannot be read. ("
                    + e.getMessage() + ")");
        }
    }
}

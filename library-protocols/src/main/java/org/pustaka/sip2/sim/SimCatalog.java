package org.pustaka.sip2.sim;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated library's fixed data: rules, patrons, items and the loans it starts with. The demo
 * data ({@code demo-library.json} beside this class) is the library of DEMO-DATA; {@code --data FILE}
 * loads another file of the same shape.
 */
public record SimCatalog(String institution, String libraryName, TagOwner tagOwner, String currency, long fineLimit,
                         int loanDays, int maxRenewals, int maxLoans, String holdShelfSortBin,
                         String permanentLocation, List<SimPatron> patrons, List<SimItem> items,
                         List<InitialLoan> loans) {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Whose tags these are (ISO 28560 owner library). */
    public record TagOwner(String country, String isil) {
    }

    /** A loan present when the library starts with no state file, due {@code dueInDays} from the start. */
    public record InitialLoan(String item, String patron, int dueInDays) {
    }

    public SimCatalog {
        patrons = List.copyOf(patrons);
        items = List.copyOf(items);
        loans = loans == null ? List.of() : List.copyOf(loans);
        holdShelfSortBin = holdShelfSortBin == null ? "RAK-PESANAN" : holdShelfSortBin;
        permanentLocation = permanentLocation == null ? "" : permanentLocation;
        currency = currency == null ? "IDR" : currency;
    }

    public static SimCatalog demo() {
        try (InputStream in = SimCatalog.class.getResourceAsStream("demo-library.json")) {
            if (in == null) {
                throw new IllegalStateException("demo-library.json is missing from the application");
            }
            return MAPPER.readValue(in, SimCatalog.class);
        } catch (IOException e) {
            throw new IllegalStateException("demo-library.json cannot be read: " + e.getMessage(), e);
        }
    }

    public static SimCatalog load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return MAPPER.readValue(in, SimCatalog.class);
        }
    }

    public Optional<SimPatron> patron(String id) {
        return patrons.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<SimItem> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** Items waiting on the hold shelf, by item id, for the patron named. */
    public Map<String, String> initialHolds() {
        Map<String, String> holds = new LinkedHashMap<>();
        items.stream().filter(i -> i.onHoldFor() != null).forEach(i -> holds.put(i.id(), i.onHoldFor()));
        return holds;
    }
}

package org.pustaka.sip2.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What changes in the simulated library: loans, holds waiting on the shelf and fines. With a state
 * file it survives a restart; every change is written to a temporary file that then replaces the old
 * one, so a crash leaves either the old or the new state, never half of one. Not thread-safe: the
 * simulated library serializes access.
 */
final class SimState {
    /** A loan; {@code due} is ISO {@code YYYY-MM-DD}. */
    record Loan(String patron, String due, int renewals) {
        LocalDate dueDate() {
            return LocalDate.parse(due);
        }
    }

    /** The file's shape. */
    record Snapshot(Map<String, Loan> loans, Map<String, String> holds, Map<String, Long> fines) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Path file;
    private final Map<String, Loan> loans;
    private final Map<String, String> holds;
    private final Map<String, Long> fines;

    private SimState(Path file, Snapshot s) {
        this.file = file;
        this.loans = new LinkedHashMap<>(s.loans() == null ? Map.of() : s.loans());
        this.holds = new LinkedHashMap<>(s.holds() == null ? Map.of() : s.holds());
        this.fines = new LinkedHashMap<>(s.fines() == null ? Map.of() : s.fines());
    }

    /** The state in {@code file} when it exists, else the catalog's starting state (written at once). */
    static SimState open(SimCatalog catalog, Path file, LocalDate today) throws IOException {
        if (file != null && Files.exists(file)) {
            return new SimState(file, MAPPER.readValue(file.toFile(), Snapshot.class));
        }
        Map<String, Loan> loans = new LinkedHashMap<>();
        catalog.loans().forEach(l -> loans.put(l.item(), new Loan(l.patron(),
                today.plusDays(l.dueInDays()).toString(), 0)));
        Map<String, Long> fines = new LinkedHashMap<>();
        catalog.patrons().stream().filter(p -> p.fines() > 0).forEach(p -> fines.put(p.id(), p.fines()));
        SimState state = new SimState(file, new Snapshot(loans, catalog.initialHolds(), fines));
        state.save();
        return state;
    }

    Optional<Loan> loan(String item) {
        return Optional.ofNullable(loans.get(item));
    }

    Map<String, Loan> loans() {
        return Map.copyOf(loans);
    }

    void lend(String item, String patron, LocalDate due, int renewals) {
        loans.put(item, new Loan(patron, due.toString(), renewals));
        save();
    }

    void endLoan(String item) {
        loans.remove(item);
        save();
    }

    Optional<String> holdFor(String item) {
        return Optional.ofNullable(holds.get(item));
    }

    Map<String, String> holds() {
        return Map.copyOf(holds);
    }

    void clearHold(String item) {
        holds.remove(item);
        save();
    }

    long fines(String patron) {
        return fines.getOrDefault(patron, 0L);
    }

    void setFines(String patron, long amount) {
        fines.put(patron, Math.max(0, amount));
        save();
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), new Snapshot(loans, holds, fines));
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The simulated library cannot write its state file " + file, e);
        }
    }
}

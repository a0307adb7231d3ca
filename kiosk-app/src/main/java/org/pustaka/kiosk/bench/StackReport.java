package org.pustaka.kiosk.bench;

/**
 * What {@code kiosk bench stack} prints. Times are per round (identify, borrow the stack, return it);
 * {@code deviceMs} is the median time the reader and the library system took in a round, and
 * {@code overheadRatio} is all rounds' end-to-end time over all rounds' device time; {@code journalMs} is
 * the median time a round spent committing journal steps to H2, the largest part of the kiosk's own share.
 * {@code readerCommands} is the median count of commands the reader driver sent in a round (retries and
 * background polling included), {@code commandsPerItem} that over the items handled (each item twice a
 * round: borrowed, returned), {@code floor} the protocol's fewest commands for the round
 * ({@link ReaderFloor}) and {@code floorRatio} readerCommands over floor.
 */
public record StackReport(int items, int rounds, double p50Ms, double p95Ms, double borrowP50Ms, double deviceMs,
                          double readerMs, double libraryMs, double journalMs, double overheadRatio,
                          double readerCommands, double commandsPerItem, int floor, double floorRatio) {

    static StackReport of(int items, int rounds, double[] total, double[] borrow, double[] device, double[] reader,
                          double[] library, double[] journal) {
        Percentiles t = new Percentiles(total);
        double sumTotal = 0;
        double sumDevice = 0;
        for (int i = 0; i < total.length; i++) {
            sumTotal += total[i];
            sumDevice += device[i];
        }
        return new StackReport(items, rounds, Percentiles.round(t.at(50), 1), Percentiles.round(t.at(95), 1),
                Percentiles.round(new Percentiles(borrow).at(50), 1),
                Percentiles.round(new Percentiles(device).at(50), 1),
                Percentiles.round(new Percentiles(reader).at(50), 1),
                Percentiles.round(new Percentiles(library).at(50), 1),
                Percentiles.round(new Percentiles(journal).at(50), 1),
                Percentiles.round(sumTotal / sumDevice, 3), 0, 0, 0, 0);
    }

    /** This report with the reader's command counts per round set against the round's floor. */
    StackReport withCommands(double[] commandsPerRound, ReaderFloor floor) {
        double median = Percentiles.round(new Percentiles(commandsPerRound).at(50), 1);
        int perRound = floor.commandsPerRound();
        return new StackReport(items, rounds, p50Ms, p95Ms, borrowP50Ms, deviceMs, readerMs, libraryMs, journalMs,
                overheadRatio, median,
                Percentiles.round(median / (ReaderFloor.PASSES_PER_ROUND * (double) items), 2), perRound,
                Percentiles.round(median / perRound, 3));
    }
}

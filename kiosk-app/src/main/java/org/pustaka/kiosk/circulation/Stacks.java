package org.pustaka.kiosk.circulation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.pustaka.kiosk.library.PatronCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stack of items borrowed or returned together, at the speed of the reader. Items go to the library one
 * after another, in the order given; while the library handles an item, the reader writes the security of
 * the item before it; when all are written, one AFI-filtered inventory proves every tag of the stack at
 * once (a tag missing from it is written again, with the configured retries), and only then is each item
 * finished. The journal keeps its order per item (PENDING, the library's answer, ACCEPTED, then the tag,
 * then TAG_DONE), so a kiosk stopped at any moment is settled by recovery as before: an accepted item
 * whose tag was written but not yet proven is one that recovery already knows. The reader is held for
 * the whole stack, so no poll of the watch comes between its commands.
 *
 * <p>Only the library's part runs on the stack's library thread, one item at a time; the journal is
 * never written from two threads at once (the calling thread waits for each item's library part before
 * it journals anything of its own).
 */
final class Stacks {
    private static final Logger LOG = LoggerFactory.getLogger(Stacks.class);

    private final Lending lending;
    private final ItemPad pad;
    private final ThreadPoolExecutor libraryThread;

    Stacks(Lending lending, ItemPad pad) {
        this.lending = lending;
        this.pad = pad;
        this.libraryThread = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "circulation-library");
            t.setDaemon(true);
            return t;
        });
        libraryThread.allowCoreThreadTimeOut(true);
    }

    List<ItemOutcome> borrow(PatronCredentials patron, List<PadItem> items) {
        return run(items, item -> lending.borrowInLibrary(patron, item), patron);
    }

    List<ItemOutcome> giveBack(List<PadItem> items) {
        return run(items, lending::giveBackInLibrary, null);
    }

    private List<ItemOutcome> run(List<PadItem> items, Function<PadItem, Step> inLibrary, PatronCredentials patron) {
        return pad.holding(() -> {
            ItemOutcome[] out = new ItemOutcome[items.size()];
            Step.Secure[] secure = new Step.Secure[items.size()];
            int toWrite = -1;
            for (int i = 0; i < items.size(); i++) {
                PadItem item = items.get(i);
                Future<Step> library = libraryThread.submit(() -> inLibrary.apply(item));
                if (toWrite >= 0) {
                    write(secure[toWrite]);
                    toWrite = -1;
                }
                Step step = await(library, item);
                if (step instanceof Step.Done done) {
                    out[i] = done.outcome();
                } else if (step instanceof Step.Offline offline) {
                    out[i] = lending.offline(offline, patron);
                } else {
                    secure[i] = (Step.Secure) step;
                    toWrite = i;
                }
            }
            if (toWrite >= 0) {
                write(secure[toWrite]);
            }
            prove(secure, out);
            return List.of(out);
        });
    }

    private void write(Step.Secure step) {
        pad.write(step.accepted().tagUids(), step.onLoan());
    }

    /** One proof for every written tag of the stack, then each accepted item is finished by its tags. */
    private void prove(Step.Secure[] secure, ItemOutcome[] out) {
        List<String> uids = new ArrayList<>();
        boolean onLoan = false;
        for (Step.Secure s : secure) {
            if (s != null) {
                uids.addAll(s.accepted().tagUids());
                onLoan = s.onLoan();
            }
        }
        if (uids.isEmpty()) {
            return;
        }
        Set<String> unproven = new HashSet<>(pad.unproven(uids, onLoan));
        for (int i = 0; i < secure.length; i++) {
            if (secure[i] != null) {
                boolean proven = secure[i].accepted().tagUids().stream().noneMatch(unproven::contains);
                out[i] = lending.tagSettled(secure[i], proven);
            }
        }
    }

    /**
     * The library part's result, waiting through interrupts (the journal may be in the middle of a step).
     * A failure of the kiosk's own (the journal's database) becomes "see staff" for that item: recovery
     * settles whatever the library did, and the rest of the stack goes on.
     */
    private static Step await(Future<Step> library, PadItem item) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return library.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    LOG.error("Item {} could not be handled: {}", item.itemId(), e.getCause().toString(), e.getCause());
                    return new Step.Done(new ItemOutcome(item.itemId(), "", ItemOutcome.Result.SEE_STAFF, null,
                            null, ItemOutcome.Instruction.STAFF, null));
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

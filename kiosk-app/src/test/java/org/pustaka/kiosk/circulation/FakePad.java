package org.pustaka.kiosk.circulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A pad for circulation tests: tags with an on-loan flag, and a switch that makes writes fail. */
final class FakePad implements ItemPad {
    final Map<String, PadTag> onPad = new LinkedHashMap<>();
    final Map<String, Boolean> onLoan = new LinkedHashMap<>();
    int failingWrites;
    int writes;
    int proofs;
    /** When set, every security write is noted here ("tag on loan", "tag in stock"). */
    List<String> trace;
    /** With {@link #trace}: writes name their tag ("tag on loan UID") and every proof is noted ("proof"). */
    boolean traceDetail;
    /** Called with each tag's UID as its security is written (before the write lands). */
    Consumer<String> onWrite = uid -> { };
    /** When set, proving throws it: the kiosk stops between a stack's writes and its proof. */
    RuntimeException proofFails;
    private Consumer<List<PadTag>> listener;

    PadItem place(String itemId, int parts, int usage) {
        List<String> uids = new ArrayList<>();
        for (int part = 1; part <= parts; part++) {
            String uid = "E0040150" + itemId.substring(2) + String.format("%02d", part);
            onPad.put(uid, PadTag.item(uid, itemId, parts, part, usage));
            onLoan.putIfAbsent(uid, false);
            uids.add(uid);
        }
        changed();
        return new PadItem(itemId, uids, parts, true, true, usage);
    }

    PadItem place(String itemId) {
        return place(itemId, 1, 1);
    }

    void takeAll() {
        onPad.clear();
        changed();
    }

    boolean loaned(PadItem item) {
        return item.tagUids().stream().allMatch(uid -> onLoan.getOrDefault(uid, false));
    }

    boolean inStock(PadItem item) {
        return item.tagUids().stream().noneMatch(uid -> onLoan.getOrDefault(uid, false));
    }

    @Override
    public List<PadTag> tags() {
        return new ArrayList<>(onPad.values());
    }

    @Override
    public void watch(Consumer<List<PadTag>> l) {
        listener = l;
        changed();
    }

    @Override
    public boolean secure(List<String> uids, boolean loan) {
        write(uids, loan);
        return unproven(uids, loan).isEmpty();
    }

    /** A tag not on the pad is not written; a failing write leaves the tag as it was. */
    @Override
    public void write(List<String> uids, boolean loan) {
        for (String uid : uids) {
            if (!onPad.containsKey(uid)) {
                continue;
            }
            writes++;
            onWrite.accept(uid);
            if (trace != null) {
                trace.add((loan ? "tag on loan" : "tag in stock") + (traceDetail ? " " + uid : ""));
            }
            if (failingWrites > 0) {
                failingWrites--;
                continue;
            }
            onLoan.put(uid, loan);
        }
    }

    /** One look, no retries: the tags not on the pad or not in the asked state. */
    @Override
    public List<String> unproven(List<String> uids, boolean loan) {
        proofs++;
        if (proofFails != null) {
            throw proofFails;
        }
        if (trace != null && traceDetail) {
            trace.add("proof");
        }
        return uids.stream().filter(uid -> !onPad.containsKey(uid) || onLoan.getOrDefault(uid, false) != loan)
                .toList();
    }

    private void changed() {
        if (listener != null) {
            listener.accept(tags());
        }
    }
}

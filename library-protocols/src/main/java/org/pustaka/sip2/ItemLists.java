package org.pustaka.sip2;

import java.util.List;

/**
 * The repeatable item lists of a patron information response (64): hold items (AS, available holds),
 * overdue (AT), charged (AU), fine (AV), recall (BU) and unavailable holds (CD). Each entry is what the
 * server sent; most send the item id, some add the title after a space.
 */
public record ItemLists(List<String> holdItems, List<String> overdueItems, List<String> chargedItems,
                        List<String> fineItems, List<String> recallItems, List<String> unavailableHoldItems) {
    public static final ItemLists NONE = new ItemLists(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());

    public ItemLists {
        holdItems = List.copyOf(holdItems);
        overdueItems = List.copyOf(overdueItems);
        chargedItems = List.copyOf(chargedItems);
        fineItems = List.copyOf(fineItems);
        recallItems = List.copyOf(recallItems);
        unavailableHoldItems = List.copyOf(unavailableHoldItems);
    }

    static ItemLists read(FrameReader r) throws Sip2FormatException {
        return new ItemLists(r.fields(FieldId.HOLD_ITEMS), r.fields(FieldId.OVERDUE_ITEMS),
                r.fields(FieldId.CHARGED_ITEMS), r.fields(FieldId.FINE_ITEMS), r.fields(FieldId.RECALL_ITEMS),
                r.fields(FieldId.UNAVAILABLE_HOLD_ITEMS));
    }

    void write(FrameWriter w) {
        w.repeated(FieldId.HOLD_ITEMS, holdItems).repeated(FieldId.OVERDUE_ITEMS, overdueItems)
                .repeated(FieldId.CHARGED_ITEMS, chargedItems).repeated(FieldId.FINE_ITEMS, fineItems)
                .repeated(FieldId.RECALL_ITEMS, recallItems)
                .repeated(FieldId.UNAVAILABLE_HOLD_ITEMS, unavailableHoldItems);
    }
}

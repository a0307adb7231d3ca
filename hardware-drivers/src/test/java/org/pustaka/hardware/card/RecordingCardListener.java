package org.pustaka.hardware.card;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.pustaka.hardware.api.CardListener;
import org.pustaka.hardware.api.CardProblem;
import org.pustaka.hardware.api.CardRead;

/** Keeps every card and problem a reader delivered, for tests to wait on. */
public final class RecordingCardListener implements CardListener {
    public final List<CardRead> cards = new CopyOnWriteArrayList<>();
    public final List<CardProblem> problems = new CopyOnWriteArrayList<>();

    @Override
    public void card(CardRead read) {
        cards.add(read);
    }

    @Override
    public void problem(CardProblem problem) {
        problems.add(problem);
    }

    public List<CardProblem.Kind> problemKinds() {
        return problems.stream().map(CardProblem::kind).toList();
    }

    public List<String> values() {
        return cards.stream().map(CardRead::value).toList();
    }
}

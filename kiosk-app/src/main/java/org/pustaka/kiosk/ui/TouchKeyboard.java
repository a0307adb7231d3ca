package org.pustaka.kiosk.ui;

import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.JToggleButton;

/**
 * An on-screen keyboard for names, school names, e-mail addresses and codes, usable by touch alone.
 * Keys type into the field last chosen with {@link #typeInto}; the field keeps the caret at the end.
 * A letter comes out exactly as its key shows it: the keys show capitals where a capital is expected
 * (the first letter of each word in {@link Mode#NAME}, of a sentence in {@link Mode#SENTENCE}, every
 * letter in {@link Mode#UPPER}) and while the caps key ({@code ABC}) is down, which stays down until
 * tapped again ("SD Negeri", "SMPN 3"). Keys are named {@code key-<char>}, {@code key-space},
 * {@code key-back}, {@code key-caps}; every key is at least {@link Touch#TOUCH} pixels.
 */
public final class TouchKeyboard extends JPanel {

    /** Where capitals are expected. */
    public enum Mode { NAME, SENTENCE, LOWER, UPPER }

    static final String[] ROWS = {"1234567890", "QWERTYUIOP", "ASDFGHJKL'", "ZXCVBNM-.@"};
    private static final int GAP = 4;

    private JTextField target;
    private Mode mode = Mode.NAME;
    private int maxLength = 100;
    private boolean caps;
    private final JToggleButton capsKey;
    private final List<JButton> letters = new ArrayList<>();
    private Consumer<JTextField> onTarget = f -> { };

    public TouchKeyboard() {
        super(new GridLayout(ROWS.length + 1, 1, GAP, GAP));
        for (String row : ROWS) {
            JPanel keys = new JPanel(new GridLayout(1, row.length(), GAP, GAP));
            for (char c : row.toCharArray()) {
                JButton key = key(String.valueOf(c), "key-" + c, () -> type(c));
                if (Character.isLetter(c)) {
                    letters.add(key);
                }
                keys.add(key);
            }
            add(keys);
        }
        JPanel bottom = new JPanel(new GridLayout(1, 4, GAP, GAP));
        capsKey = new JToggleButton("ABC");
        capsKey.setName("key-caps");
        size(capsKey);
        capsKey.addActionListener(e -> {
            caps = capsKey.isSelected();
            relabel();
        });
        bottom.add(capsKey);
        bottom.add(key("+", "key-+", () -> type('+')));
        bottom.add(key("\u2423", "key-space", () -> type(' ')));
        bottom.add(key("\u232B", "key-back", this::backspace));
        add(bottom);
        relabel();
    }

    /** Keys now type into {@code field}, in {@code newMode}, up to {@code max} characters; caps is released. */
    public void typeInto(JTextField field, Mode newMode, int max) {
        JTextField left = target;
        this.target = field;
        this.mode = newMode;
        this.maxLength = max;
        caps = false;
        capsKey.setSelected(false);
        relabel();
        if (left != field) {
            onTarget.accept(left);
        }
    }

    /** Runs on the event thread with the field the visitor has just left (null at first), whenever another is chosen. */
    public void onFieldLeft(Consumer<JTextField> action) {
        this.onTarget = f -> {
            if (f != null) {
                action.accept(f);
            }
        };
    }

    public JTextField target() {
        return target;
    }

    /** Whether the letter keys show (and type) capitals now. */
    boolean upper() {
        if (caps) {
            return true;
        }
        String text = target == null ? "" : target.getText();
        return switch (mode) {
            case UPPER -> true;
            case LOWER -> false;
            case NAME -> text.isEmpty() || text.endsWith(" ") || text.endsWith("-");
            case SENTENCE -> text.isBlank() || text.stripTrailing().endsWith(".") && text.endsWith(" ");
        };
    }

    private void type(char c) {
        if (target == null || target.getText().length() >= maxLength) {
            return;
        }
        char out = upper() ? Character.toUpperCase(c) : Character.toLowerCase(c);
        target.setText(target.getText() + out);
        relabel();
    }

    private void backspace() {
        if (target != null && !target.getText().isEmpty()) {
            String t = target.getText();
            target.setText(t.substring(0, t.length() - 1));
            relabel();
        }
    }

    /** The letter keys show the case they will type, so the shift state is always in sight. */
    private void relabel() {
        boolean up = upper();
        for (JButton key : letters) {
            String letter = key.getName().substring("key-".length());
            key.setText(up ? letter.toUpperCase(Locale.ROOT) : letter.toLowerCase(Locale.ROOT));
        }
    }

    private static JButton key(String label, String name, Runnable action) {
        JButton b = new JButton(label);
        b.setName(name);
        size(b);
        b.addActionListener(e -> action.run());
        return b;
    }

    private static void size(javax.swing.AbstractButton b) {
        b.setFocusable(false);
        b.setFont(b.getFont().deriveFont(Touch.BODY));
        b.setMinimumSize(new Dimension(Touch.TOUCH, Touch.TOUCH));
        b.setPreferredSize(new Dimension(Touch.TOUCH, Touch.TOUCH));
    }
}

package org.pustaka.kiosk.ui.events;

import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JTextField;

/**
 * An on-screen keyboard for names, school names, e-mail addresses and codes, usable by touch alone.
 * Keys type into the field last chosen with {@link #typeInto}; the field keeps the caret at the end.
 * In {@link Mode#NAME} the first letter of each word comes out upper case and the rest lower case, in
 * {@link Mode#SENTENCE} only the first letter of a sentence, so a visitor rarely needs the caps key
 * ({@code ABC}), which types capitals until tapped again ("SD Negeri", "SMPN 3"). Keys are named
 * {@code key-<char>}, {@code key-space}, {@code key-back}, {@code key-caps}.
 */
public final class TouchKeyboard extends JPanel {

    /** How letters come out. */
    public enum Mode { NAME, SENTENCE, LOWER, UPPER }

    static final String[] ROWS = {"1234567890", "QWERTYUIOP", "ASDFGHJKL'", "ZXCVBNM-.@"};

    private JTextField target;
    private Mode mode = Mode.NAME;
    private int maxLength = 100;
    private boolean caps;
    private final JButton capsKey;

    public TouchKeyboard() {
        super(new GridLayout(ROWS.length + 1, 1, 4, 4));
        for (String row : ROWS) {
            JPanel keys = new JPanel(new GridLayout(1, row.length(), 4, 4));
            for (char c : row.toCharArray()) {
                keys.add(key(String.valueOf(c), "key-" + c, () -> type(c)));
            }
            add(keys);
        }
        JPanel bottom = new JPanel(new GridLayout(1, 4, 4, 4));
        capsKey = key("ABC", "key-caps", this::toggleCaps);
        bottom.add(capsKey);
        bottom.add(key("+", "key-+", () -> type('+')));
        bottom.add(key("\u2423", "key-space", () -> type(' ')));
        bottom.add(key("\u232B", "key-back", this::backspace));
        add(bottom);
    }

    /** Keys now type into {@code field}, in {@code newMode}, up to {@code max} characters. */
    public void typeInto(JTextField field, Mode newMode, int max) {
        this.target = field;
        this.mode = newMode;
        this.maxLength = max;
        if (caps) {
            toggleCaps();
        }
    }

    public JTextField target() {
        return target;
    }

    private void type(char c) {
        if (target == null || target.getText().length() >= maxLength) {
            return;
        }
        String text = target.getText();
        char out = caps ? Character.toUpperCase(c) : switch (mode) {
            case UPPER -> Character.toUpperCase(c);
            case LOWER -> Character.toLowerCase(c);
            case NAME -> text.isEmpty() || text.endsWith(" ") || text.endsWith("-")
                    ? Character.toUpperCase(c) : Character.toLowerCase(c);
            case SENTENCE -> text.isBlank() || text.stripTrailing().endsWith(".")
                    ? Character.toUpperCase(c) : Character.toLowerCase(c);
        };
        target.setText(text + out);
    }

    private void toggleCaps() {
        caps = !caps;
        capsKey.setText(caps ? "abc" : "ABC");
    }

    private void backspace() {
        if (target != null && !target.getText().isEmpty()) {
            String t = target.getText();
            target.setText(t.substring(0, t.length() - 1));
        }
    }

    private static JButton key(String label, String name, Runnable action) {
        JButton b = new JButton(label.toUpperCase(Locale.ROOT));
        b.setName(name);
        b.setFocusable(false);
        b.setMinimumSize(new Dimension(48, 48));
        b.setPreferredSize(new Dimension(56, 52));
        b.addActionListener(e -> action.run());
        return b;
    }
}

package org.transcriptbot.bot.console;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.transcriptbot.bot.conversation.Outgoing;

/**
 * Numbers the buttons shown on the terminal so a button keeps its number while its message is
 * paged: "Next" is #2 on every page. A button is the same button when its label is the same with
 * digits ignored ("2/4" and "3/4" are one). A new message with buttons starts a new numbering.
 */
final class ButtonNumbers {
    private final Map<String, Integer> numberOfLabel = new HashMap<>();
    private final Map<Integer, Outgoing.Button> current = new TreeMap<>();

    /**
     * A new message: its buttons numbered from #1 (a message without buttons keeps the last ones
     * pressable).
     */
    String forNewMessage(List<List<Outgoing.Button>> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        numberOfLabel.clear();
        return forEditedMessage(rows);
    }

    /**
     * The same message with new buttons: known buttons keep their numbers, new ones get the next
     * free ones.
     */
    String forEditedMessage(List<List<Outgoing.Button>> rows) {
        current.clear();
        List<String> shown = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (List<Outgoing.Button> row : rows) {
            for (Outgoing.Button b : row) {
                String key = b.label().replaceAll("\\d+", "#");
                key =
                        key
                                + "\u0000"
                                + seen.merge(
                                        key,
                                        1,
                                        Integer::sum); // two alike labels in one keyboard stay
                // apart
                int n = numberOfLabel.computeIfAbsent(key, k -> numberOfLabel.size() + 1);
                current.put(n, b);
                shown.add("#" + n + " " + b.label());
            }
        }
        return String.join("  ", shown);
    }

    /** The button with number n now on screen, or null. */
    Outgoing.Button pressed(int n) {
        return current.get(n);
    }
}

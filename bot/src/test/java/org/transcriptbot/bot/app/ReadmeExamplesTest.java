package org.transcriptbot.bot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.transcriptbot.bot.config.Setting;

/**
 * The README's example outputs and its settings table are generated: each block between {@code <!--
 * generated: NAME -->} and {@code <!-- end generated -->} must be what the program prints today, so
 * a change of behaviour that leaves the README behind fails the build. After an intended change,
 * rewrite the blocks with {@code mvn -B -ntp -pl bot -am test -Dtest=ReadmeExamplesTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dreadme.update=true} and review the diff. The JSON
 * shapes the README lists are checked against the fields the program prints.
 */
class ReadmeExamplesTest {
    private static final Path README = Path.of("..", "README.md");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BLOCK =
            Pattern.compile(
                    "(<!-- generated: ([\\w-]+) -->\\n)(.*?)(<!-- end generated -->)",
                    Pattern.DOTALL);

    @Test
    void everyGeneratedBlockIsWhatTheProgramPrintsToday() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Map<String, String> expected = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(readme);
        StringBuilder updated = new StringBuilder();
        while (m.find()) {
            String content = generate(m.group(2));
            expected.put(m.group(2), content);
            m.appendReplacement(
                    updated, Matcher.quoteReplacement(m.group(1) + content + m.group(4)));
        }
        m.appendTail(updated);
        assertThat(expected.keySet())
                .containsExactlyInAnyOrder(
                        "help",
                        "search",
                        "verify",
                        "console-zh",
                        "console-en",
                        "console-declined",
                        "settings");
        if (Boolean.getBoolean("readme.update")) {
            Files.writeString(README, updated.toString(), StandardCharsets.UTF_8);
        }
        assertThat(readme)
                .as(
                        "README.md is behind the program: rerun with -Dreadme.update=true and review the diff")
                .isEqualTo(updated.toString());
    }

    /**
     * The JSON shapes the README lists (the code spans after {@code <!-- json-shape: NAME -->})
     * name exactly the fields the program prints, over the dev sets' questions and quotes (so
     * optional fields such as truncated, alsoAt and closest occur).
     */
    @ParameterizedTest
    @CsvSource({"search, error", "verify, ''", "inspect, ''"})
    void theJsonShapesNameTheFieldsTheProgramPrints(String command, String onlyOnFailure)
            throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher shape =
                Pattern.compile(
                                "<!-- json-shape: " + command + " -->\\n(.*?)(?=\\n<!--|\\n\\n)",
                                Pattern.DOTALL)
                        .matcher(readme);
        assertThat(shape.find()).as("README shape of " + command).isTrue();
        Set<String> listed = new TreeSet<>();
        Matcher span = Pattern.compile("`([^`]*)`").matcher(shape.group(1));
        while (span.find()) {
            Matcher field = Pattern.compile("\"(\\w+)\"").matcher(span.group(1));
            while (field.find()) {
                listed.add(field.group(1));
            }
        }
        Set<String> printed = new TreeSet<>();
        for (String line : jsonOutput(command).split("\n")) {
            fieldNames(JSON.readTree(line), printed);
        }
        if (!onlyOnFailure.isEmpty()) {
            printed.add(onlyOnFailure);
        }
        assertThat(listed).as("the README's " + command + " shape").isEqualTo(printed);
    }

    private static String jsonOutput(String command) throws Exception {
        return switch (command) {
            case "search" ->
                    output(
                            inputs("query", "retrieval-dev.jsonl", "unanswerable-dev.jsonl"),
                            "search",
                            "--json",
                            "--limit",
                            "10");
            case "verify" ->
                    output(inputs("quote", "quotes-dev.jsonl") + "x\n", "verify", "--json");
            default ->
                    output(null, "inspect", "--json")
                            + output(
                                    null,
                                    "--transcripts",
                                    Path.of(
                                                    ReadmeExamplesTest.class
                                                            .getResource(
                                                                    "/eval/layouts/transcripts")
                                                            .toURI())
                                            .toString(),
                                    "--index-dir",
                                    "memory",
                                    "inspect",
                                    "--json");
        };
    }

    /** One field of each line of the dev sets, one a line. */
    private static String inputs(String field, String... sets) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String set : sets) {
            try (InputStream in = ReadmeExamplesTest.class.getResourceAsStream("/eval/" + set)) {
                for (String line :
                        new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        sb.append(JSON.readTree(line).get(field).asText()).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    private static void fieldNames(JsonNode node, Set<String> names) {
        node.fields()
                .forEachRemaining(
                        e -> {
                            names.add(e.getKey());
                            fieldNames(e.getValue(), names);
                        });
        if (node.isArray()) {
            node.forEach(n -> fieldNames(n, names));
        }
    }

    private static String generate(String name) {
        return switch (name) {
            case "help" -> shell(null, "--help");
            case "search" -> shell(null, "search", "--limit", "1", "中方对乌克兰问题的立场是什么？");
            case "verify" -> shell(null, "verify", "习近平主席同拜登总统举行视频会晤并三次通话");
            case "console-zh" ->
                    shell(
                            "中方对乌克兰问题的立场是什么？\n/quote 习近平主席同拜登总统举行视频会晤并三次通话\n",
                            "console",
                            "--lang",
                            "zh");
            case "console-en" ->
                    shell(
                            "Will the Ukraine crisis affect China-Europe relations?\n/quote 解决复杂问题需要的是冷静和理性，"
                                    + "而不是火上浇油、激化矛盾。\n",
                            "console",
                            "--lang",
                            "en");
            case "console-declined" -> shell("中方如何评价即将举行的金砖国家峰会？\n", "console", "--lang", "zh");
            case "settings" -> settingsTable();
            default -> throw new IllegalArgumentException("unknown README block " + name);
        };
    }

    /** A fenced block: the command as typed, then its standard output. */
    private static String shell(String stdin, String... args) {
        String typed =
                (stdin == null ? "" : "$ printf '" + stdin.replace("\n", "\\n") + "' | ")
                        + (stdin == null ? "$ " : "")
                        + "transcript-bot "
                        + String.join(" ", args);
        return "```\n" + typed + "\n" + output(stdin, args).stripTrailing() + "\n```\n";
    }

    /** What the program prints on standard output for the arguments and standard input. */
    private static String output(String stdin, String... args) {
        StringWriter out = new StringWriter();
        InputStream old = System.in;
        try {
            if (stdin != null) {
                System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            }
            int code =
                    Main.run(
                            args,
                            new PrintWriter(out, true),
                            new PrintWriter(new StringWriter(), true));
            assertThat(code).as(String.join(" ", args)).isZero();
        } finally {
            System.setIn(old);
        }
        return out.toString();
    }

    private static String settingsTable() {
        StringBuilder sb =
                new StringBuilder("| key | default | allowed | environment |\n|---|---|---|---|\n");
        for (Setting s : Setting.values()) {
            sb.append("| `")
                    .append(s.key())
                    .append("` | ")
                    .append(s.defaultValue().isEmpty() ? "(empty)" : "`" + s.defaultValue() + "`")
                    .append(" | ")
                    .append(s.type().allowed())
                    .append(" | `")
                    .append(String.join("`, `", s.envNames()))
                    .append("` |\n");
        }
        return sb.toString();
    }
}

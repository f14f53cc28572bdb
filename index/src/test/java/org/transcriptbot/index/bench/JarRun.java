package org.transcriptbot.index.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The whole program at scale, default configuration: `search --json` over a distinct-text
 * collection, cold (empty index folder) and then warm, as a user runs it. Reports the time from
 * start to the first answer, the mode that answered (stderr), RSS after the first answer, and for
 * the cold run, optionally, the time until the background embedding swapped the hybrid ranking in
 * (then RSS at rest again, and a question answered hybrid). With "lexical", semantic search is off
 * (the RSS of the lexical side alone at sizes whose embedding takes hours); with "warm", the index
 * folder a previous run left is kept and the program is started twice on it. JAR is the jar (run
 * with java -jar and the options in JARRUN_JAVA_OPTS) or a launcher script (given -Xmx in
 * JAVA_OPTS). Usage: java -cp (index test classpath) org.transcriptbot.index.bench.JarRun WORKDIR
 * JAR N XMX [wait|lexical|warm]
 */
public final class JarRun {
    private JarRun() {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        String jar = args[1];
        int n = Integer.parseInt(args[2]);
        String xmx = args[3];
        boolean waitForVectors = args.length > 4 && args[4].equals("wait");
        Path dir = work.resolve("collection-" + n);
        ScaleCollections.generate(dir, n);
        Path index = work.resolve("jar-index-" + n);
        boolean keep = args.length > 4 && args[4].equals("warm");
        if (!keep) {
            ScaleRun.deleteTree(index);
        }
        Path config = work.resolve("scale.properties");
        boolean lexical = args.length > 4 && args[4].equals("lexical");
        Files.writeString(
                config,
                "semantic.cache.dir="
                        + work.resolve("cache")
                        + "\nsearch.semantic="
                        + !lexical
                        + "\n");
        String q = ScaleRun.questions().get(0);
        System.out.println(
                (keep ? "again: " : "cold: ")
                        + start(jar, xmx, dir, index, config, q, waitForVectors));
        System.out.println("warm: " + start(jar, xmx, dir, index, config, q, false));
    }

    private static String start(
            String jar,
            String xmx,
            Path dir,
            Path index,
            Path config,
            String question,
            boolean waitForVectors)
            throws Exception {
        long t0 = System.nanoTime();
        List<String> command = launch(jar, xmx);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_OPTS", "-Xmx" + xmx);
        command.addAll(
                List.of(
                        "search",
                        "--json",
                        "--config",
                        config.toString(),
                        "--transcripts",
                        dir.toString(),
                        "--index-dir",
                        index.toString()));
        Process p = builder.start();
        BlockingQueue<String> out = lines(p.getInputStream(), false);
        BlockingQueue<String> err = lines(p.getErrorStream(), true);
        Writer in = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
        in.write(question + "\n");
        in.flush();
        String first = out.poll(30, TimeUnit.MINUTES);
        double firstAnswer = (System.nanoTime() - t0) / 1e9;
        String mode = modeLine(err);
        Thread.sleep(3000); // the bench's own pause: let start-up garbage settle before reading RSS
        StringBuilder r =
                new StringBuilder(
                        String.format(
                                "first answer %.1f s (%s), %s, RSS %d MB",
                                firstAnswer,
                                first == null ? "none" : first.length() + " chars",
                                mode,
                                rssMb(p.pid())));
        if (waitForVectors) {
            for (String line = err.poll(60, TimeUnit.MINUTES);
                    line != null && !line.contains("hybrid search is on");
                    line = err.poll(60, TimeUnit.MINUTES)) {
                if (line.contains("Embedded ")) {
                    System.out.println("  " + line);
                }
            }
            r.append(
                    String.format(
                            "; hybrid swapped in at %.0f s, RSS %d MB",
                            (System.nanoTime() - t0) / 1e9, rssMb(p.pid())));
            in.write(question + "\n");
            in.flush();
            out.poll(5, TimeUnit.MINUTES);
            r.append(", then ").append(modeLine(err));
        }
        in.close();
        p.waitFor(5, TimeUnit.MINUTES);
        return r.toString();
    }

    /** java -jar JAR with -Xmx and JARRUN_JAVA_OPTS, or a launcher script. */
    private static List<String> launch(String jar, String xmx) {
        List<String> command = new ArrayList<>();
        if (jar.endsWith(".jar")) {
            command.addAll(List.of("java", "-Xmx" + xmx));
            String options = System.getenv().getOrDefault("JARRUN_JAVA_OPTS", "");
            command.addAll(options.isBlank() ? List.of() : List.of(options.trim().split("\\s+")));
            command.addAll(List.of("-jar", jar));
        } else {
            command.add(jar);
        }
        return command;
    }

    private static String modeLine(BlockingQueue<String> err) throws InterruptedException {
        for (String line = err.poll(10, TimeUnit.SECONDS);
                line != null;
                line = err.poll(1, TimeUnit.SECONDS)) {
            if (line.startsWith("Answering by")) {
                return line;
            }
        }
        return "mode not said";
    }

    private static BlockingQueue<String> lines(java.io.InputStream s, boolean echo) {
        BlockingQueue<String> q = new LinkedBlockingQueue<>();
        Thread t =
                new Thread(
                        () -> {
                            try (BufferedReader r =
                                    new BufferedReader(
                                            new InputStreamReader(s, StandardCharsets.UTF_8))) {
                                for (String line = r.readLine();
                                        line != null;
                                        line = r.readLine()) {
                                    if (echo && !line.contains("Embedded ")) {
                                        System.err.println("  | " + line);
                                    }
                                    q.add(line);
                                }
                            } catch (java.io.IOException e) {
                                q.add("(stream closed: " + e.getMessage() + ")");
                            }
                        });
        t.setDaemon(true);
        t.start();
        return q;
    }

    static long rssMb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}

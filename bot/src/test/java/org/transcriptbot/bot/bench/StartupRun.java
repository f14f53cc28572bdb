package org.transcriptbot.bot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.transcriptbot.bot.telegram.FakeBotApi;

/**
 * Start-up measurement: launches the real jar against the loopback fake Bot API and reports the
 * time from launch to the first getUpdates, the time to the first answer, and the resident memory
 * at rest. Usage: java -cp (test classpath) org.transcriptbot.bot.bench.StartupRun
 * bot/target/transcript-bot.jar [runs] [jvm options…]
 */
public final class StartupRun {
    private StartupRun() {}

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> jvm =
                new ArrayList<>(List.of(args).subList(Math.min(2, args.length), args.length));
        for (int r = 0; r < runs; r++) {
            try (FakeBotApi api = new FakeBotApi()) {
                List<String> cmd = new ArrayList<>();
                cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                cmd.addAll(jvm);
                cmd.add("-jar");
                cmd.add(jar);
                ProcessBuilder pb = new ProcessBuilder(cmd);
                pb.environment().put("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN);
                pb.environment().put("TELEGRAM_API_URL", api.url());
                pb.redirectErrorStream(true);
                pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
                long t0 = System.currentTimeMillis();
                Process p = pb.start();
                long firstPoll =
                        api.calls
                                        .await(
                                                "getUpdates",
                                                c -> true,
                                                java.time.Duration.ofSeconds(60))
                                        .atMillis()
                                - t0;
                api.updates.pushMessage(
                        1, "private", api.updates.user(1, "zh"), "人在国外要是碰上战乱，国家会管我们吗");
                api.calls.await("sendMessage", c -> true, java.time.Duration.ofSeconds(60));
                long firstAnswer = System.currentTimeMillis() - t0;
                Thread.sleep(3000);
                String rss =
                        Files.readAllLines(Path.of("/proc/" + p.pid() + "/status")).stream()
                                .filter(l -> l.startsWith("VmRSS"))
                                .findFirst()
                                .orElse("VmRSS: ?")
                                .replaceAll("\\s+", " ");
                p.destroy();
                p.waitFor();
                System.out.printf(
                        "run %d: first getUpdates %.2f s, first answer %.2f s, at rest %s%n",
                        r + 1, firstPoll / 1e3, firstAnswer / 1e3, rss);
            }
        }
    }
}

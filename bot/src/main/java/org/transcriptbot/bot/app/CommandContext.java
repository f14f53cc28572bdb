package org.transcriptbot.bot.app;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand works with, mixed in with picocli's {@code @Mixin}: the options common to
 * all commands (held by the root command) and the command's own output and error streams. (picocli
 * takes a mixin only if it carries one of its annotations, hence the empty @Command.)
 */
@Command
public class CommandContext {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    CommonOptions common() {
        return ((RootCommand) command.root().userObject()).common;
    }

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    PrintWriter err() {
        return command.commandLine().getErr();
    }
}

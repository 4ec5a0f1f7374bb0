using System.Globalization;
using ChatFindings.Cli.Execution;
using Spectre.Console;

namespace ChatFindings.Cli.Publishing;

/// <summary>What a publish run tells the person waiting for it.</summary>
public interface IPublishProgress
{
    void NotebookStarted(int number, int count, string name);
    void NotebookFinished(int number, int count, ExecutedNotebook run, TimeSpan elapsed);
}

/// <summary>One plain line per notebook: for logs and redirected output.</summary>
public sealed class PlainProgress(TextWriter output) : IPublishProgress
{
    public void NotebookStarted(int number, int count, string name) =>
        output.WriteLine($"[{number}/{count}] {name} ...");

    public void NotebookFinished(int number, int count, ExecutedNotebook run, TimeSpan elapsed) =>
        output.WriteLine($"[{number}/{count}] {run.Name} {Outcome(run)} ({Seconds(elapsed)})");

    internal static string Outcome(ExecutedNotebook run) => run.Failure is { } f
        ? $"FAILED at cell {f.CellNumber}"
        : $"ok, {run.Cells.Count(c => c.ExecutionCount is not null)} code cells";

    internal static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}

/// <summary>A live status line on a terminal, with one finished line per notebook.</summary>
public sealed class TerminalProgress(IAnsiConsole console, StatusContext status) : IPublishProgress
{
    public void NotebookStarted(int number, int count, string name) =>
        status.Status($"[[{number}/{count}]] running {Markup.Escape(name)}");

    public void NotebookFinished(int number, int count, ExecutedNotebook run, TimeSpan elapsed)
    {
        var mark = run.Succeeded ? "[green]ok[/]" : "[red]FAILED[/]";
        console.MarkupLine($"[[{number}/{count}]] {mark} {Markup.Escape(run.Name)} [grey]{Markup.Escape(PlainProgress.Outcome(run))}, {PlainProgress.Seconds(elapsed)}[/]");
    }
}

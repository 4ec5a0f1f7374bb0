using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Events;

namespace ChatFindings.Cli.Execution;

/// <summary>
/// Turns the kernel events of one submission into notebook outputs. Only what a reader of the
/// notebook should see is kept: displayed values, the result, stdout/stderr and the error.
/// Submission bookkeeping and compiler diagnostics (the kernel's noise) are left out; a compile
/// error still arrives, as the failure message.
/// </summary>
/// <remarks>
/// While publishing (<paramref name="publishing"/>), console output and values that are not
/// <see cref="IPublishable"/> fail the cell and are not stored: the notebook file must not keep
/// what the page may not show.
/// </remarks>
public sealed class CellOutputCollector(bool publishing = false)
{
    public const string BlockedName = "PublicationBlocked";

    private readonly List<CellOutput> _outputs = [];

    public IReadOnlyList<CellOutput> Outputs => _outputs;

    public ErrorOutput? Error { get; private set; }

    public void Add(KernelEvent e)
    {
        if (Error is not null) return; // nothing after the failure is kept
        if (publishing && Blocked(e) is { } why)
        {
            Fail(BlockedName, $"Blocked while publishing: {why}.");
            return;
        }
        switch (e)
        {
            case StandardOutputValueProduced o: AddStream("stdout", o); break;
            case StandardErrorValueProduced o: AddStream("stderr", o); break;
            case ErrorProduced o: AppendStream("stderr", o.Message); break;
            case DisplayedValueUpdated o: Replace(o); break;
            case ReturnValueProduced o: AddData(o, isResult: true); break;
            case DisplayedValueProduced o: AddData(o, isResult: false); break;
            case CommandFailed f: Fail(f.Exception?.GetType().Name ?? "Error", f.Message); break;
        }
    }

    /// <summary>Why an event may not reach a published page, or null when it may.</summary>
    private static string? Blocked(KernelEvent e) => e switch
    {
        StandardOutputValueProduced => ConsoleBlocked("output"),
        StandardErrorValueProduced => ConsoleBlocked("error"),
        DisplayedValueProduced or DisplayedValueUpdated or ReturnValueProduced when !PublishableValues.Allows(((DisplayEvent)e).Value) =>
            $"{PublishableValues.Describe(((DisplayEvent)e).Value)} cannot appear on a published page; only values of a type that implements ChatFindings.IPublishable can",
        _ => null,
    };

    private static string ConsoleBlocked(string stream) =>
        $"console output (standard {stream}) cannot appear on a published page; display a protected table, a chart or narrative text instead";

    /// <summary>Record a failure found by the runner itself (e.g. an output it cannot store).</summary>
    public void Fail(string name, string message)
    {
        if (Error is not null) return;
        var lines = message.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Error = new ErrorOutput(name, lines[0], lines);
        _outputs.Add(Error);
    }

    private void AddStream(string stream, DisplayEvent e)
    {
        foreach (var v in e.FormattedValues.Where(v => v.MimeType == "text/plain"))
            AppendStream(stream, v.Value);
    }

    private void AppendStream(string stream, string text)
    {
        if (text.Length == 0) return;
        if (_outputs.Count > 0 && _outputs[^1] is StreamOutput last && last.Stream == stream)
            _outputs[^1] = last with { Text = last.Text + text };
        else
            _outputs.Add(new StreamOutput(stream, text));
    }

    private void AddData(DisplayEvent e, bool isResult)
    {
        var data = ToData(e);
        if (data.Count > 0) _outputs.Add(new DataOutput(isResult, data, e.ValueId));
    }

    /// <summary>An updated display replaces the earlier output with the same id, as in a live front end.</summary>
    private void Replace(DisplayedValueUpdated e)
    {
        var index = _outputs.FindIndex(o => o is DataOutput d && d.ValueId is not null && d.ValueId == e.ValueId);
        var data = ToData(e);
        if (index < 0) { if (data.Count > 0) _outputs.Add(new DataOutput(false, data, e.ValueId)); }
        else _outputs[index] = new DataOutput(false, data, e.ValueId);
    }

    private static List<KeyValuePair<string, JsonNode>> ToData(DisplayEvent e) =>
        e.FormattedValues
            .Where(v => !v.SuppressDisplay)
            .Select(v => KeyValuePair.Create(v.MimeType, MimeJson.ToNotebookValue(v.MimeType, v.Value)))
            .ToList();
}

using System.Text.Json;
using System.Text.Json.Nodes;
using ChatFindings.Cli.Execution;

namespace ChatFindings.Cli.Publishing;

/// <summary>What a notebook's session reported about its run: its marker output (<see cref="PublishMimeTypes.Session"/>).</summary>
public sealed record SessionFacts(
    string Notebook, bool Publishing, int MinCell, string DataFile, string DataSha256, bool Synthetic, string? DataDescription,
    int? FirstYear, int? LastYear, int RowsAccepted, int RowsRejected)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>The years the data covers: "2019–2023", "2021", or a note when it holds none.</summary>
    public string Period => FirstYear is { } first && LastYear is { } last
        ? Appendix.AppendixInput.PeriodOf([first, last])
        : Appendix.AppendixInput.PeriodOf([]);

    /// <summary>The facts of the run (from its first marker), the run failed where a marker is missing, malformed or disagrees.</summary>
    public static (SessionFacts? Facts, ExecutedNotebook Run) Verify(ExecutedNotebook run, int minCell, string dataSha256)
    {
        if (!run.Succeeded) return (null, run);
        SessionFacts? first = null;
        foreach (var (cell, output) in run.DataOutputs)
        {
            if (output.Get(PublishMimeTypes.Session) is not { } json) continue;
            SessionFacts facts;
            try { facts = json.Deserialize<SessionFacts>(Json) ?? throw new JsonException("null"); }
            catch (JsonException e) { return (null, run.FailAt(cell, $"the session marker is malformed: {e.Message}")); }
            var disagreement =
                !facts.Publishing ? "the session ran exploring, not publishing" :
                facts.MinCell != minCell ? $"the session ran with min_cell {facts.MinCell}, publish with {minCell}" :
                facts.DataSha256 != dataSha256 ? $"the session read other data ({facts.DataFile}, SHA-256 {facts.DataSha256}) than publish was given (SHA-256 {dataSha256})" :
                first is not null && facts != first ? "a second session marker disagrees with the first" :
                null;
            if (disagreement is not null) return (null, run.FailAt(cell, $"session marker check: {disagreement}"));
            first ??= facts;
        }
        if (first is null)
        {
            var firstCode = run.Cells.FirstOrDefault()?.Cell.Number ?? 1;
            return (null, run.FailAt(firstCode, "no session marker: the notebook never displayed its NotebookSession (end the first cell with `study`), so publish cannot tell it ran publishing, with this threshold, on this data"));
        }
        return (first, run);
    }
}

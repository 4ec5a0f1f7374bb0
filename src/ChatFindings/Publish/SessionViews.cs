using System.Globalization;
using ChatFindings.Schema;

namespace ChatFindings;

/// <summary>The descriptive tables of the data-and-methods notebook, built from a session.</summary>
public static class SessionViews
{
    /// <summary>Where the data came from: file name (never the full path), checksum, synthetic or not.</summary>
    public static TableView Provenance(this NotebookSession study) => new(
        "The data file",
        ["Property", "Value"],
        [
            ["File", study.DataFileName],
            ["SHA-256", study.Data.Source.Sha256],
            ["Synthetic", study.IsSynthetic ? "yes" : "no"],
            ["Description", study.Data.Source.Description ?? ""],
        ]);

    /// <summary>Rows read, accepted and rejected, then rejections by column and rule (counts only, never the values).</summary>
    public static TableView LoadSummary(this NotebookSession study)
    {
        var report = study.Data.Report;
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { "Rows read", "", N(report.RowsRead) },
            new[] { "Rows accepted", "", N(report.RowsAccepted) },
            new[] { "Rows rejected", "", N(report.RowsRejected) },
        };
        rows.AddRange(report.Errors
            .GroupBy(e => (Column: e.Column ?? "(whole row)", e.Rule))
            .OrderBy(g => g.Key.Column, StringComparer.Ordinal).ThenBy(g => g.Key.Rule, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<string>)[$"Problems in column {g.Key.Column}", g.Key.Rule, N(g.Count())]));
        return new TableView("Every row accounted for", ["", "Rule", "Count"], rows);
    }

    /// <summary>The variables of the codebook (data-schema/conversations.schema.json, built into the library) with their codes.</summary>
    public static TableView Codebook(this NotebookSession study)
    {
        var schema = ChatFindings.Schema.Codebook.Conversations;
        return new TableView("The codebook",
            ["Column", "Title", "Type", "Required", "Codes"],
            schema.Fields.Select(f => (IReadOnlyList<string>)
            [
                f.Name, f.Title ?? "", f.Type.ToString().ToLowerInvariant(), f.Constraints.Required ? "yes" : "no",
                string.Join(", ", f.Categories.Select(c => c.Value)),
            ]).ToList());
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}

using System.Globalization;
using ChatFindings.Schema;

namespace ChatFindings;

/// <summary>The descriptive tables of the data-and-methods notebook, built from a session.</summary>
public static class SessionViews
{
    /// <summary>Where the data came from: file name (never the full path), checksum, synthetic or not.</summary>
    public static TableView Provenance(this NotebookSession study) => new(
        Languages.Pick("The data file", "Het gegevensbestand"),
        [Languages.Pick("Property", "Kenmerk"), Languages.Pick("Value", "Waarde")],
        [
            [Languages.Pick("File", "Bestand"), study.DataFileName],
            ["SHA-256", study.Data.Source.Sha256],
            [Languages.Pick("Synthetic", "Synthetisch"), study.IsSynthetic ? Languages.Pick("yes", "ja") : Languages.Pick("no", "nee")],
            [Languages.Pick("Description", "Beschrijving"), // A sidecar's own words: Dutch when strings.nl.json knows them (the shipped data's), else as written.
            study.Data.Source.Description is { } d ? Languages.TextOrSame(d) : ""],
        ]);

    /// <summary>Rows read, accepted and rejected, then rejections by column and rule (counts only, never the values).</summary>
    public static TableView LoadSummary(this NotebookSession study)
    {
        var report = study.Data.Report;
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { Languages.Pick("Rows read", "Rijen gelezen"), "", N(report.RowsRead) },
            new[] { Languages.Pick("Rows accepted", "Rijen geaccepteerd"), "", N(report.RowsAccepted) },
            new[] { Languages.Pick("Rows rejected", "Rijen afgewezen"), "", N(report.RowsRejected) },
        };
        rows.AddRange(report.Errors
            .GroupBy(e => (Column: e.Column ?? "(whole row)", e.Rule))
            .OrderBy(g => g.Key.Column, StringComparer.Ordinal).ThenBy(g => g.Key.Rule, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<string>)[Languages.Pick($"Problems in column {g.Key.Column}", $"Problemen in kolom {g.Key.Column}"), g.Key.Rule, N(g.Count())]));
        return new TableView(Languages.Pick("Every row accounted for", "Elke rij verantwoord"), ["", Languages.Pick("Rule", "Regel"), Languages.Pick("Count", "Aantal")], rows);
    }

    /// <summary>The variables of the codebook (data-schema/conversations.schema.json, built into the library) with their codes.</summary>
    public static TableView Codebook(this NotebookSession study)
    {
        var schema = ChatFindings.Schema.Codebook.Conversations;
        return new TableView(Languages.Pick("The codebook", "Het codeboek"),
            [Languages.Pick("Column", "Kolom"), Languages.Pick("Title", "Titel"), "Type", Languages.Pick("Required", "Verplicht"), "Codes"],
            schema.Fields.Select(f => (IReadOnlyList<string>)
            [
                f.Name, f.Title is { } t ? Languages.Text(t) : "", f.Type.ToString().ToLowerInvariant(), f.Constraints.Required ? Languages.Pick("yes", "ja") : Languages.Pick("no", "nee"),
                string.Join(", ", f.Categories.Select(c => c.Value)),
            ]).ToList());
    }

    private static string N(int n) => n.ToString("N0", Languages.Culture);
}

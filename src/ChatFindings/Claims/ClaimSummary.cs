namespace ChatFindings;

/// <summary>
/// Every claim F1–F7 computed again, with the same measures as the findings notebooks, for the
/// summary notebook. It renders as a narrative table, never as <see cref="Claim"/> displays:
/// publish collects each displayed Claim into findings.json, where each id must appear once,
/// from its own notebook.
/// </summary>
public sealed class ClaimSummary
{
    private ClaimSummary(IReadOnlyList<Claim> claims) => Claims = claims;

    /// <summary>The claims in register order, F1 first.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>
    /// Evaluates all claims on the conversations under the threshold; F2 against the named
    /// registered base (<see cref="RegisteredBase.Named"/> in the notebooks).
    /// </summary>
    public static ClaimSummary Compute(IEnumerable<Conversation> conversations, RegisteredBase registered, int minCell)
    {
        ArgumentNullException.ThrowIfNull(registered);
        var data = conversations.ToList();
        var measures = new Dictionary<string, ClaimMeasure>
        {
            ["F1"] = ClaimMeasures.F1(data),
            ["F2"] = ClaimMeasures.F2(data, registered.Count, registered.Name),
            ["F3"] = ClaimMeasures.F3(data),
            ["F4"] = ClaimMeasures.F4(data),
            ["F5"] = ClaimMeasures.F5(data),
            ["F6"] = ClaimMeasures.F6(data),
            ["F7"] = ClaimMeasures.F7(data),
        };
        var missing = ClaimRegister.All.Where(d => !measures.ContainsKey(d.Id)).Select(d => d.Id).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"The claim summary has no measure for {string.Join(", ", missing)}: add it to ClaimSummary.Compute.");
        return new ClaimSummary(ClaimRegister.All.Select(d => Claim.Evaluate(d, measures[d.Id], minCell)).ToList());
    }

    /// <summary>One row per claim: id, notebook, statement, published figure, computed value, comparison, status.</summary>
    public NarrativeText ToNarrative() => NarrativeText.Table(
        [Languages.Pick("Claim", "Uitspraak"), "Notebook", Languages.Pick("Finding", "Bevinding"), Languages.Pick("Published", "Gepubliceerd"),
            Languages.Pick("Computed from this data", "Berekend uit deze gegevens"), Languages.Pick("Comparison", "Vergelijking"), "Status"],
        Claims.Select(c => (IReadOnlyList<string>)
        [
            c.Id, c.Definition.Notebook, Languages.Pick(c.Definition.Statement, c.Definition.StatementNl),
            Languages.Current == Language.Dutch
                ? c.Definition.PublishedValue is { } v ? $"{c.Definition.Comparison.Shown()} {Claim.FormatValue(v, c.Definition.Unit)}" : c.Definition.Comparison.Shown()
                : c.Definition.PublishedValue is { } p ? $"{c.Definition.Published} ({Claim.FormatValue(p, c.Definition.Unit)})" : c.Definition.Published,
            c.ComputedText, c.Definition.Comparison.Shown(), Languages.Pick(c.Status, c.StatusNl),
        ]));

    /// <summary>How many claims have each status ("holds", "does not hold", "not judged"), for a sentence under the table.</summary>
    public int CountWithStatus(string status) => Claims.Count(c => c.Status == status);
}

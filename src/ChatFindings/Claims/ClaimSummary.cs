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
    /// Evaluates all claims on the conversations under the disclosure policy; F2 against every
    /// candidate registered base (<see cref="RegisteredBase.Candidates"/> in the notebooks), the first
    /// giving its value.
    /// </summary>
    public static ClaimSummary Compute(IEnumerable<Conversation> conversations, IReadOnlyList<RegisteredBase> registered, DisclosurePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(registered);
        var data = conversations.ToList();
        var measures = new Dictionary<string, ClaimMeasure>
        {
            ["F1"] = ClaimMeasures.F1(data),
            ["F2"] = ClaimMeasures.F2(data, registered),
            ["F3"] = ClaimMeasures.F3(data),
            ["F4"] = ClaimMeasures.F4(data),
            ["F5"] = ClaimMeasures.F5(data),
            ["F6"] = ClaimMeasures.F6(data),
            ["F7"] = ClaimMeasures.F7(data),
        };
        var missing = ClaimRegister.All.Where(d => !measures.ContainsKey(d.Id)).Select(d => d.Id).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"The claim summary has no measure for {string.Join(", ", missing)}: add it to ClaimSummary.Compute.");
        return new ClaimSummary(ClaimRegister.All.Select(d => Claim.Evaluate(d, measures[d.Id], policy)).ToList());
    }

    /// <summary>One row per claim: id, notebook, statement, published figure, computed value with its interval, comparison, verdict.</summary>
    public NarrativeText ToNarrative() => NarrativeText.Table(
        [Languages.Pick("Claim", "Uitspraak"), "Notebook", Languages.Pick("Finding", "Bevinding"), Languages.Pick("Published", "Gepubliceerd"),
            Claim.ComputedHeading, Languages.Pick("Comparison", "Vergelijking"),
            Languages.Pick("Verdict", "Oordeel")],
        Claims.Select(c => (IReadOnlyList<string>)
        [
            c.Id, c.Definition.Notebook, Languages.Pick(c.Definition.Statement, c.Definition.StatementNl),
            Claim.PublishedText(c.Definition), c.ComputedWithInterval, c.Definition.Comparison.Shown(), c.Status,
        ]));

    /// <summary>How many claims have a verdict, for a sentence under the table. A count of claims, not of people: no threshold applies.</summary>
    public DisclosedCount CountWith(Verdict verdict) => new(Claims.Count(c => c.Verdict == verdict), new DisclosurePolicy(1));
}

namespace ChatFindings;

/// <summary>
/// Sets a figure of the earlier yearly chat reports beside the same measure computed from this
/// data, year by year, so a reader can see how close the data (or the synthetic calibration) comes.
/// </summary>
public static class PublishedComparison
{
    /// <summary>
    /// The same, with disclosed values of this data: counts and shares of a population
    /// (<see cref="PopulationCounts.Count"/>) carry their equations to publish, which audits them with the tables.
    /// </summary>
    public static NarrativeText ByYear<T>(ReferenceFigures reference, string measure, string computedHeader, Func<int, T> computed) where T : INarrativeValue
    {
        var equations = new List<SentenceCount>();
        var table = ByYear(reference, measure, computedHeader, year =>
        {
            var value = computed(year);
            if (value is IPopulationEquations counted) equations.AddRange(counted.Equations);
            return value.ToString();
        });
        return table.With(equations);
    }

    public static NarrativeText ByYear(ReferenceFigures reference, string measure, string computedHeader, Func<int, string> computed)
    {
        var figures = reference.ChatFigures
            .Where(f => f.Measure == measure && f.Period.IsSingleYear)
            .OrderBy(f => f.Period.FirstYear)
            .ToList();
        if (figures.Count == 0)
            throw new ArgumentException($"No yearly chat figure '{measure}' in the reference data.", nameof(measure));
        return NarrativeText.Table(
            [Languages.Pick("Year", "Jaar"), Languages.Pick("Published (yearly report)", "Gepubliceerd (jaarrapportage)"), Languages.Text(computedHeader)],
            figures.Select(f => (IReadOnlyList<string>)
            [
                f.Period.ToString(),
                f.Value is null ? Languages.Pick("not published", "niet gepubliceerd") : f.Wording is { } w ? Languages.Text(w) : f.Value.Value.ToString(Languages.Culture),
                computed(f.Period.FirstYear),
            ]));
    }

    /// <summary>
    /// The chat count of F1 against every candidate registered base, one row each: the ratio is
    /// computed only from a published count, so a withheld count withholds every ratio. A count of
    /// a population (<see cref="PopulationCounts.Count"/>) carries its equation to publish.
    /// </summary>
    public static NarrativeText AgainstRegisteredBases(DisclosedCount chat, IEnumerable<RegisteredBase> bases) =>
        NarrativeText.Table(["Registered base, 2019–2023", "Registered", "Chat (F1)", "Chat ÷ registered", "Note"],
            bases.Select(b => (IReadOnlyList<string>)
            [
                b.Name + (b.Derived ? " (derived)" : ""),
                b.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                chat.ToString(),
                chat.Published is int n ? ((double)n / b.Count).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "×" : "withheld",
                b.Explanation,
            ])).With(((IPopulationEquations)chat).Equations);

    /// <summary>
    /// Registered minors (all forms) beside the chat's F1 count for each period where registrations
    /// have years. The chat's counts are sums of published cells of the protected by-year table, so a
    /// cell hidden there stays hidden here.
    /// </summary>
    public static NarrativeText RegisteredMinorsByPeriod(ProtectedTable chatByYear, ReferenceFigures reference, IEnumerable<string> periods) =>
        NarrativeText.Table(["Period", "Registered minors (all forms)", "Chat (F1)", "Chat ÷ registered"],
            periods.Select(p =>
            {
                var years = ReferencePeriod.Parse(p);
                var chat = chatByYear.PublishedSum(Enumerable.Range(years.FirstYear, years.LastYear - years.FirstYear + 1)
                    .Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                var registered = reference.Registered(p, RegisteredAgeGroup.Minor, RegisteredForm.AllForms);
                return (IReadOnlyList<string>)
                [
                    p,
                    registered?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) ?? "not published",
                    chat?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) ?? chatByYear.SuppressedText,
                    registered is int r && chat is int n ? ((double)n / r).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "×" : "–",
                ];
            }));
}

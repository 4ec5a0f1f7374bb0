namespace ChatFindings;

/// <summary>
/// Sets a figure of the earlier yearly chat reports beside the same measure computed from this
/// data, year by year, so a reader can see how close the data (or the synthetic calibration) comes.
/// </summary>
public static class PublishedComparison
{
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
}

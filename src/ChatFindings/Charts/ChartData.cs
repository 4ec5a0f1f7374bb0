namespace ChatFindings;

/// <summary>How the categories are drawn: vertical bars, horizontal bars, or a line over ordered categories.</summary>
public enum ChartKind { Column, Bar, Line }

/// <summary>One named series; a null value is a suppressed cell and is never drawn as a number.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);

/// <summary>
/// What a chart shows, as plain values taken from protected tables only. A suppressed value is
/// null in its series and is displayed as <see cref="SuppressedLabel"/> (e.g. "&lt;10").
/// <see cref="XAxisTitle"/> names the categories and <see cref="YAxisTitle"/> the values, whatever
/// the orientation: horizontal bars (<see cref="ChartKind.Bar"/>) draw the categories down the side.
/// </summary>
public sealed record ChartData
{
    public ChartData(string title, string xAxisTitle, string yAxisTitle, IReadOnlyList<string> categories,
        IReadOnlyList<ChartSeries> series, string suppressedLabel, ChartKind kind = ChartKind.Column, string? note = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentException.ThrowIfNullOrWhiteSpace(suppressedLabel);
        if (categories.Count == 0) throw new ArgumentException($"chart '{title}' has no categories", nameof(categories));
        if (series.Count == 0) throw new ArgumentException($"chart '{title}' has no series", nameof(series));
        var duplicate = categories.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"chart '{title}' has category '{duplicate.Key}' twice", nameof(categories));
        foreach (var s in series)
        {
            if (s.Values.Count != categories.Count)
                throw new ArgumentException($"chart '{title}': series '{s.Name}' has {s.Values.Count} values for {categories.Count} categories", nameof(series));
            var bad = s.Values.FirstOrDefault(v => v is { } d && !double.IsFinite(d));
            if (bad is not null)
                throw new ArgumentException($"chart '{title}': series '{s.Name}' has a value that is not a finite number ({bad})", nameof(series));
        }
        Title = title;
        XAxisTitle = xAxisTitle ?? "";
        YAxisTitle = yAxisTitle ?? "";
        Categories = categories.ToArray();
        Series = series.Select(s => s with { Values = s.Values.ToArray() }).ToArray();
        SuppressedLabel = suppressedLabel;
        Kind = kind;
        Note = note;
    }

    public string Title { get; }
    public string XAxisTitle { get; }
    public string YAxisTitle { get; }
    public IReadOnlyList<string> Categories { get; }
    public IReadOnlyList<ChartSeries> Series { get; }
    public string SuppressedLabel { get; }
    public ChartKind Kind { get; }
    /// <summary>Shown under the data table, e.g. how small cells were suppressed.</summary>
    public string? Note { get; }

    public bool HasSuppressedValues => Series.Any(s => s.Values.Any(v => v is null));
}

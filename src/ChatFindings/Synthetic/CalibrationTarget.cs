using System.Globalization;

namespace ChatFindings.Synthetic;

/// <summary>
/// One published figure the synthetic data is calibrated to: what is measured on the generated
/// conversations, the accepted range, and where the figure comes from (the brief's wording, year).
/// A count target's range is for <see cref="SyntheticGenerator.DefaultRows"/> rows and scales
/// proportionally with the number of rows; shares and differences do not scale.
/// </summary>
public sealed record CalibrationTarget(
    string Id,
    string Description,
    string Source,
    double Low,
    double High,
    bool IsCount,
    Func<IReadOnlyList<Conversation>, double> Measure)
{
    public CalibrationResult Evaluate(IReadOnlyList<Conversation> conversations)
    {
        var scale = IsCount ? conversations.Count / (double)SyntheticGenerator.DefaultRows : 1.0;
        var value = Measure(conversations);
        return new CalibrationResult(this, value, Low * scale, High * scale);
    }
}

/// <summary>The measured value of a target on one data set and whether it lies in the (scaled) range.</summary>
public sealed record CalibrationResult(CalibrationTarget Target, double Value, double Low, double High)
{
    public bool Holds => Value >= Low && Value <= High;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Target.Id}: {Value:0.###} in [{Low:0.###}, {High:0.###}] {(Holds ? "holds" : "FAILS")} ({Target.Description}; {Target.Source})");
}

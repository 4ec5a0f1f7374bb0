namespace ChatFindings;

/// <summary>
/// The difference of two shares (first minus second) with its 95% Newcombe interval, and the word
/// a sentence may use for it. The word is decided by the interval, never typed in: "higher" only
/// when the whole interval lies above zero, "lower" when it lies below, otherwise "not clearly
/// different". Withheld when either share is.
/// </summary>
public sealed record ShareDifference(DisclosedShare First, DisclosedShare Second) : INarrativeValue, IPopulationEquations
{
    IEnumerable<SentenceCount> IPopulationEquations.Equations =>
        IsWithheld ? [] : ((IPopulationEquations)First).Equations.Concat(((IPopulationEquations)Second).Equations);

    public bool IsWithheld => First.IsWithheld || Second.IsWithheld;

    public ProportionInterval? Interval => IsWithheld ? null
        : NewcombeInterval.ForDifference(First.Numerator, First.Denominator, Second.Numerator, Second.Denominator);

    /// <summary>In percentage points, or null when withheld.</summary>
    public double? Points => IsWithheld ? null : First.Percent - Second.Percent;

    /// <summary>"higher", "lower", "not clearly different", or "not compared" when a share is withheld.</summary>
    public ComparisonWord Word => Interval switch
    {
        null => new(Languages.Pick("not compared (a share is withheld)", "niet vergeleken (een aandeel is niet getoond)")),
        { Low: > 0 } => new(Languages.Pick("higher", "hoger")),
        { High: < 0 } => new(Languages.Pick("lower", "lager")),
        _ => new(Languages.Pick("not clearly different", "niet duidelijk verschillend")),
    };

    /// <summary>"+12 points (95% CI +5 to +19 points)".</summary>
    public override string ToString() => Points is { } d && Interval is { } ci
        ? d.ToString("+0;−0;0", Languages.Culture) + Languages.Pick(" points (", " procentpunten (") + ci.DifferenceText() + ")"
        : Languages.Pick("a difference withheld under the disclosure rule", "een verschil dat de onthullingsregel niet toont");
}

/// <summary>A comparative word computed from an interval ("higher", "most"): narrative text may print it.</summary>
public readonly record struct ComparisonWord(string Text) : INarrativeValue
{
    public override string ToString() => Text;

    /// <summary>
    /// "more than half" only when the share's whole interval lies above 50%, "less than half" when
    /// it lies below, otherwise "about half (not clearly more or less)".
    /// </summary>
    public static ComparisonWord AgainstHalf(DisclosedShare share) => share.Interval switch
    {
        null => new(Languages.Pick("a withheld share of", "een niet getoond aandeel van")),
        { Low: > 0.5 } => new(Languages.Pick("more than half", "meer dan de helft")),
        { High: < 0.5 } => new(Languages.Pick("less than half", "minder dan de helft")),
        _ => new(Languages.Pick("about half (not clearly more or less)", "ongeveer de helft (niet duidelijk meer of minder)")),
    };
}

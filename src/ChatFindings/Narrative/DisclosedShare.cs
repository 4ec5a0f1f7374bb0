namespace ChatFindings;

/// <summary>
/// A share numerator/denominator for narrative text, withheld when either group (or its complement)
/// is under the threshold, as for <see cref="ClaimMeasure.Percentage"/>. A share that is shown
/// carries its 95% Wilson interval; a withheld share has none, so no interval is ever computed from
/// counts that may not be published. <see cref="Unknown"/> counts the cases left out because the
/// answer is not known: they give the bounds of <see cref="IfUnknownsFellEitherWay"/>.
/// </summary>
public readonly record struct DisclosedShare(int Numerator, int Denominator, DisclosurePolicy Policy, int Unknown = 0) : INarrativeValue, IPopulationEquations
{
    /// <summary>The counts the share rests on, as equations of their population (<see cref="PopulationCounts.Share"/>).</summary>
    public IReadOnlyList<SentenceCount>? Counted { get; init; }

    /// <summary>A share of a population whose counts its tables do not publish: withheld.</summary>
    public bool Hidden { get; init; }

    IEnumerable<SentenceCount> IPopulationEquations.Equations => IsWithheld ? [] : Counted ?? [];

    public bool IsWithheld =>
        Hidden || Denominator == 0 || Policy.IsSmall(Numerator) || Policy.IsSmall(Denominator) || Policy.IsSmall(Denominator - Numerator);

    /// <summary>The share of <paramref name="group"/> (among those where <paramref name="known"/>) that matches.</summary>
    public static DisclosedShare Of(IEnumerable<Conversation> group, Func<Conversation, bool> matches, Func<Conversation, bool>? known, DisclosurePolicy policy)
    {
        var all = group.ToList();
        var basis = known is null ? all : all.Where(known).ToList();
        return new DisclosedShare(basis.Count(matches), basis.Count, policy, all.Count - basis.Count);
    }

    public double? Percent => IsWithheld ? null : 100.0 * Numerator / Denominator;

    /// <summary>The 95% Wilson score interval, or null when the share is withheld.</summary>
    public ProportionInterval? Interval => IsWithheld ? null : WilsonInterval.For(Numerator, Denominator);

    /// <summary>
    /// "41% (95% CI 36–46%)", and where answers are unknown "41% (95% CI 36–46%; 35–49% had every
    /// unknown been no or yes)"; or a withheld marker.
    /// </summary>
    public override string ToString() => Percent is { } p && Interval is { } ci
        ? p.ToString("0", Languages.Culture) + "% (" + ci.ShareText() + UnknownText + ")"
        : Languages.Pick("a share withheld under the disclosure rule", "een aandeel dat de onthullingsregel niet toont");

    private string UnknownText => Unknown == 0 ? ""
        : IfUnknownsFellEitherWay.Percent is { } b
            ? string.Create(Languages.Culture, $"; {b.Low:0}–{b.High:0}%") + Languages.Pick(" had every unknown been no or yes", " als elk onbekend antwoord nee of ja was geweest")
            : Languages.Pick("; bounds for the unknowns withheld", "; grenzen voor de onbekenden niet getoond");

    /// <summary>
    /// The share of the whole group if every unknown answer had been "no" and if every one had been
    /// "yes": what the missing answers could do to the share. Withheld with the share, or when the
    /// unknowns are so few that printing the bounds would disclose their number.
    /// </summary>
    public UnknownBounds IfUnknownsFellEitherWay => new(this);
}

/// <summary>"between 30% and 45%": the share of the whole group had every unknown answer been no, or yes.</summary>
public readonly record struct UnknownBounds(DisclosedShare Share) : INarrativeValue, IPopulationEquations
{
    IEnumerable<SentenceCount> IPopulationEquations.Equations => ((IPopulationEquations)Share).Equations;

    public (double Low, double High)? Percent
    {
        get
        {
            var s = Share;
            if (s.IsWithheld || s.Policy.IsSmall(s.Unknown)) return null;
            double whole = s.Denominator + s.Unknown;
            return (100 * s.Numerator / whole, 100 * (s.Numerator + s.Unknown) / whole);
        }
    }

    public override string ToString() => Share.Unknown == 0 && !Share.IsWithheld
        ? Languages.Pick("at the share itself (no answer is unknown)", "gelijk aan het aandeel zelf (geen antwoord is onbekend)")
        : Percent is { } b
            ? string.Create(Languages.Culture, $"{Languages.Pick("between", "tussen")} {b.Low:0}% {Languages.Pick("and", "en")} {b.High:0}%")
            : Languages.Pick("within bounds withheld under the disclosure rule", "binnen grenzen die de onthullingsregel niet toont");
}

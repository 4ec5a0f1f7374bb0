namespace ChatFindings;

/// <summary>
/// How each claim is computed from the coded conversations. Every published number of the
/// findings notebooks goes through one of these, so each has a test on hand-made data.
/// </summary>
public static class ClaimMeasures
{
    /// <summary>The F1 group: victims reporting themselves, under 18, sexual or criminal exploitation, 2019–2023.</summary>
    public static bool IsMinorVictim(Conversation c) =>
        StudyPeriod.Contains(c.Year) && c.Reporter == Reporter.Victim && c.IsMinor && c.IsSexualOrCriminal;

    public static IEnumerable<Conversation> MinorVictims(IEnumerable<Conversation> data) => data.Where(IsMinorVictim);

    public static ClaimMeasure F1(IEnumerable<Conversation> data) => ClaimMeasure.Count(
        MinorVictims(data).Count(),
        Languages.Pick("Conversations 2019–2023 with the victim reporting, aged under 18, about sexual, criminal, or sexual and criminal exploitation.",
            "Gesprekken 2019–2023 waarin het slachtoffer zelf meldt, jonger dan 18, over seksuele, criminele of seksuele en criminele uitbuiting."));

    /// <summary>The chat's minor victims (F1) as a multiple of a registered base the caller names.</summary>
    public static ClaimMeasure F2(IEnumerable<Conversation> data, int registeredBase, string baseName) =>
        F2(data, [new RegisteredBase(baseName, registeredBase, false, "")]);

    /// <summary>
    /// The chat's minor victims (F1) as a multiple of each candidate registered base; the value is
    /// the ratio to the first. The report does not say which base it used, so each candidate gets
    /// its own verdict and the claim as a whole stays inconclusive.
    /// </summary>
    public static ClaimMeasure F2(IEnumerable<Conversation> data, IReadOnlyList<RegisteredBase> candidates)
    {
        if (candidates.Count == 0) throw new ArgumentException("Give at least one registered base.", nameof(candidates));
        foreach (var c in candidates) ArgumentOutOfRangeException.ThrowIfNegativeOrZero(c.Count, nameof(candidates));
        var f1 = MinorVictims(data).Count();
        return new ClaimMeasure((double)f1 / candidates[0].Count, [f1],
            Languages.Pick($"F1 divided by {candidates[0].Count:N0} ({candidates[0].Name}), and by every other candidate base.",
                $"F1 gedeeld door {candidates[0].Count:N0} ({candidates[0].Name}), en door elke andere mogelijke basis."))
        {
            Bases = candidates.Select(c => new ClaimMeasure.BaseRatio(c.Name, c.Count, (double)f1 / c.Count)).ToList(),
            NoIntervalReason = Languages.Pick(
                "A count of every chat in the register divided by a published count: neither is a sample, so the ratio has no interval.",
                "Een telling van alle chats in het register gedeeld door een gepubliceerd aantal: geen van beide is een steekproef, dus de verhouding heeft geen interval."),
        };
    }

    public static ClaimMeasure F3(IEnumerable<Conversation> data)
    {
        var group = MinorVictims(data).ToList();
        var known = group.Where(c => c.Duration is not null).ToList();
        var yearOrLonger = known.Count(c => c.Duration >= Duration.OneToTwoYears);
        return ClaimMeasure.Percentage(yearOrLonger, known.Count,
            Languages.Pick("Share of the F1 group with a known duration who had been exploited a year or longer.",
                "Aandeel van de F1-groep met bekende duur dat een jaar of langer was uitgebuit."), group.Count - known.Count);
    }

    public static ClaimMeasure F4(IEnumerable<Conversation> data)
    {
        var group = MinorVictims(data).ToList();
        var known = group.Where(c => c.OnlineRecruitment is not null).ToList();
        return ClaimMeasure.Percentage(known.Count(c => c.OnlineRecruitment == true), known.Count,
            Languages.Pick("This project's measure: share of the F1 group, where known, recruited or approached through an online platform.",
                "Maat van dit project: aandeel van de F1-groep, waar bekend, dat via een online platform is geronseld of benaderd."), group.Count - known.Count);
    }

    public static ClaimMeasure F5(IEnumerable<Conversation> data) => ClaimMeasure.Count(
        data.Count(c => StudyPeriod.Contains(c.Year) && c.HasParentExploiter),
        Languages.Pick("Conversations 2019–2023 (any reporter, any age) naming a parent, step-parent or foster parent among the exploiters.",
            "Gesprekken 2019–2023 (elke melder, elke leeftijd) die een ouder, stiefouder of pleegouder onder de daders noemen."));

    /// <summary>Sexual exploitation here includes conversations about sexual and criminal exploitation together.</summary>
    public static bool IsSexualExploitation(Conversation c) =>
        c.ExploitationType is ExploitationType.Sexual or ExploitationType.SexualAndCriminal;

    public static ClaimMeasure F6(IEnumerable<Conversation> data)
    {
        var group = data.Where(c => StudyPeriod.Contains(c.Year) && IsSexualExploitation(c)).ToList();
        var known = group.Where(c => c.ClientsInvolved is not null).ToList();
        return ClaimMeasure.Percentage(known.Count(c => c.ClientsInvolved == true), known.Count,
            Languages.Pick("This project's measure: share of sexual-exploitation conversations 2019–2023, where known, in which paying clients are mentioned.",
                "Maat van dit project: aandeel van de gesprekken over seksuele uitbuiting 2019–2023, waar bekend, waarin betalende klanten worden genoemd."), group.Count - known.Count);
    }

    /// <summary>
    /// Help accepted after a supportive first reaction minus after any other first reaction, in
    /// percentage points, among conversations where both the reaction and the outcome are known.
    /// </summary>
    public static ClaimMeasure F7(IEnumerable<Conversation> data)
    {
        var known = data.Where(c => StudyPeriod.Contains(c.Year) && c.FirstReaction is not null && c.HelpAccepted is not null).ToList();
        var supportive = known.Where(c => c.FirstReaction == Reaction.Supportive).ToList();
        var other = known.Where(c => c.FirstReaction != Reaction.Supportive).ToList();
        int sAccepted = supportive.Count(c => c.HelpAccepted == true), oAccepted = other.Count(c => c.HelpAccepted == true);
        double? difference = supportive.Count == 0 || other.Count == 0
            ? null
            : 100.0 * sAccepted / supportive.Count - 100.0 * oAccepted / other.Count;
        return new ClaimMeasure(difference,
            [sAccepted, supportive.Count - sAccepted, oAccepted, other.Count - oAccepted],
            Languages.Pick("This project's measure: help accepted after a supportive first reaction minus after any other first reaction (percentage points); an association, not a cause.",
                "Maat van dit project: hulp aanvaard na een steunende eerste reactie min na elke andere eerste reactie (procentpunten); een samenhang, geen oorzaak."))
        {
            Difference = difference is null ? null : new ClaimMeasure.DifferenceCounts(sAccepted, supportive.Count, oAccepted, other.Count),
        };
    }
}

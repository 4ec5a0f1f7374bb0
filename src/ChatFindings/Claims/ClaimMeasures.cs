using System.Buffers;
using System.Runtime.CompilerServices;

namespace ChatFindings;

/// <summary>
/// How each claim is computed from the coded conversations. Every published number of the
/// findings notebooks goes through one of these, so each has a test on hand-made data.
/// </summary>
/// <remarks>
/// Each measure is one loop over the conversations (<see cref="ConversationRows"/>: by index over a data set's
/// list, an array or a list), compiled fully optimized at once with the rules inlined: a cold process runs each
/// once over a million rows, which its slow first tier of compilation and a delegate call per row made the
/// largest part of the tables of all findings.
/// </remarks>
public static class ClaimMeasures
{
    /// <summary>The F1 group: victims reporting themselves, under 18, sexual or criminal exploitation, 2019–2023.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsMinorVictim(Conversation c) =>
        StudyPeriod.Contains(c.Year) && c.Reporter == Reporter.Victim && c.IsMinor && c.IsSexualOrCriminal;

    /// <summary>The F1 group, in the order of <paramref name="data"/> (an array made at once, not a lazy filter).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IEnumerable<Conversation> MinorVictims(IEnumerable<Conversation> data)
    {
        if (!RowSelection.TryOf(data, out var rows)) RowSelection.TryOf(data.ToArray(), out rows);
        // The members' positions first, then the group as one array of its size: cheaper than growing a list of views.
        var positions = ArrayPool<int>.Shared.Rent(rows.Count);
        try
        {
            var count = 0;
            for (var i = 0; i < rows.Count; i++)
                if (IsMinorVictim(rows.Conversation(i))) positions[count++] = i;
            var group = new Conversation[count];
            for (var k = 0; k < count; k++) group[k] = rows.Conversation(positions[k]);
            return group;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(positions);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int MinorVictimCount(IEnumerable<Conversation> data)
    {
        var count = 0;
        foreach (var c in ConversationRows.Of(data))
            if (IsMinorVictim(c)) count++;
        return count;
    }

    public static ClaimMeasure F1(IEnumerable<Conversation> data) => ClaimMeasure.Count(
        MinorVictimCount(data),
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
        var f1 = MinorVictimCount(data);
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ClaimMeasure F3(IEnumerable<Conversation> data)
    {
        var tally = new Tally();
        foreach (var c in ConversationRows.Of(data))
            if (IsMinorVictim(c)) tally.Add(c.Duration is { } d ? d >= Duration.OneToTwoYears : null);
        var (group, known, yearOrLonger) = tally;
        return ClaimMeasure.Percentage(yearOrLonger, known,
            Languages.Pick("Share of the F1 group with a known duration who had been exploited a year or longer.",
                "Aandeel van de F1-groep met bekende duur dat een jaar of langer was uitgebuit."), group - known);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ClaimMeasure F4(IEnumerable<Conversation> data)
    {
        var tally = new Tally();
        foreach (var c in ConversationRows.Of(data))
            if (IsMinorVictim(c)) tally.Add(c.OnlineRecruitment);
        var (group, known, online) = tally;
        return ClaimMeasure.Percentage(online, known,
            Languages.Pick("This project's measure: share of the F1 group, where known, recruited or approached through an online platform.",
                "Maat van dit project: aandeel van de F1-groep, waar bekend, dat via een online platform is geronseld of benaderd."), group - known);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ClaimMeasure F5(IEnumerable<Conversation> data)
    {
        var parentCases = 0;
        foreach (var c in ConversationRows.Of(data))
            if (StudyPeriod.Contains(c.Year) && c.HasParentExploiter) parentCases++;
        return ClaimMeasure.Count(parentCases,
            Languages.Pick("Conversations 2019–2023 (any reporter, any age) naming a parent, step-parent or foster parent among the exploiters.",
                "Gesprekken 2019–2023 (elke melder, elke leeftijd) die een ouder, stiefouder of pleegouder onder de daders noemen."));
    }

    /// <summary>Sexual exploitation here includes conversations about sexual and criminal exploitation together.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSexualExploitation(Conversation c) =>
        c.ExploitationType is ExploitationType.Sexual or ExploitationType.SexualAndCriminal;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ClaimMeasure F6(IEnumerable<Conversation> data)
    {
        var tally = new Tally();
        foreach (var c in ConversationRows.Of(data))
            if (StudyPeriod.Contains(c.Year) && IsSexualExploitation(c)) tally.Add(c.ClientsInvolved);
        var (group, known, clients) = tally;
        return ClaimMeasure.Percentage(clients, known,
            Languages.Pick("This project's measure: share of sexual-exploitation conversations 2019–2023, where known, in which paying clients are mentioned.",
                "Maat van dit project: aandeel van de gesprekken over seksuele uitbuiting 2019–2023, waar bekend, waarin betalende klanten worden genoemd."), group - known);
    }

    /// <summary>
    /// Help accepted after a supportive first reaction minus after any other first reaction, in
    /// percentage points, among conversations where both the reaction and the outcome are known.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ClaimMeasure F7(IEnumerable<Conversation> data)
    {
        int supportive = 0, sAccepted = 0, other = 0, oAccepted = 0;
        foreach (var c in ConversationRows.Of(data))
        {
            if (!StudyPeriod.Contains(c.Year) || c.FirstReaction is not { } reaction || c.HelpAccepted is not { } accepted) continue;
            if (reaction == Reaction.Supportive) { supportive++; if (accepted) sAccepted++; }
            else { other++; if (accepted) oAccepted++; }
        }
        double? difference = supportive == 0 || other == 0
            ? null
            : 100.0 * sAccepted / supportive - 100.0 * oAccepted / other;
        return new ClaimMeasure(difference,
            [sAccepted, supportive - sAccepted, oAccepted, other - oAccepted],
            Languages.Pick("This project's measure: help accepted after a supportive first reaction minus after any other first reaction (percentage points); an association, not a cause.",
                "Maat van dit project: hulp aanvaard na een steunende eerste reactie min na elke andere eerste reactie (procentpunten); een samenhang, geen oorzaak."))
        {
            Difference = difference is null ? null : new ClaimMeasure.DifferenceCounts(sAccepted, supportive, oAccepted, other),
        };
    }

    /// <summary>A group counted as it is walked (no list of its rows): its size, how many answers are known, how many are yes.</summary>
    private struct Tally
    {
        private int _group, _known, _yes;

        public void Add(bool? answer)
        {
            _group++;
            if (answer is not { } yes) return;
            _known++;
            if (yes) _yes++;
        }

        public readonly void Deconstruct(out int group, out int known, out int yes) => (group, known, yes) = (_group, _known, _yes);
    }
}

namespace ChatFindings.Synthetic;

/// <summary>The few statistics the calibration targets are written in; missing values are left out of shares.</summary>
internal static class ConversationMeasures
{
    public static double Count(IReadOnlyList<Conversation> data, Func<Conversation, bool> where)
    {
        var n = 0;
        foreach (var c in data) if (where(c)) n++;
        return n;
    }

    /// <summary>Share of rows meeting <paramref name="what"/> among those in <paramref name="among"/> (NaN when none).</summary>
    public static double Share(IReadOnlyList<Conversation> data, Func<Conversation, bool> among, Func<Conversation, bool> what)
    {
        int n = 0, k = 0;
        foreach (var c in data)
        {
            if (!among(c)) continue;
            n++;
            if (what(c)) k++;
        }
        return n == 0 ? double.NaN : k / (double)n;
    }

    public static double Mean(IReadOnlyList<Conversation> data, Func<Conversation, bool> among, Func<Conversation, int?> value)
    {
        long sum = 0;
        var n = 0;
        foreach (var c in data)
            if (among(c) && value(c) is { } v) { sum += v; n++; }
        return n == 0 ? double.NaN : sum / (double)n;
    }

    public static double Min(IReadOnlyList<Conversation> data, Func<Conversation, bool> among, Func<Conversation, int?> value) =>
        Extreme(data, among, value, smallest: true);

    public static double Max(IReadOnlyList<Conversation> data, Func<Conversation, bool> among, Func<Conversation, int?> value) =>
        Extreme(data, among, value, smallest: false);

    private static double Extreme(IReadOnlyList<Conversation> data, Func<Conversation, bool> among, Func<Conversation, int?> value, bool smallest)
    {
        int? best = null;
        foreach (var c in data)
            if (among(c) && value(c) is { } v && (best is null || (smallest ? v < best : v > best))) best = v;
        return best ?? double.NaN;
    }

    public static bool IsSexualForm(Conversation c) =>
        c.ExploitationType is ExploitationType.Sexual or ExploitationType.SexualAndCriminal;

    public static bool IsCriminalForm(Conversation c) =>
        c.ExploitationType is ExploitationType.Criminal or ExploitationType.SexualAndCriminal;

    public static bool YearOrLonger(Conversation c) => c.Duration is not (null or Duration.LessThanOneYear);

    public static bool SeveralExploiters(Conversation c) => System.Numerics.BitOperations.PopCount((uint)c.Perpetrators) > 1;

    /// <summary>Finding F1: victim reporting themselves, under 18, sexual and/or criminal exploitation.</summary>
    public static bool IsMinorVictimOfSexualOrCriminal(Conversation c) =>
        c.Reporter == Reporter.Victim && c.IsMinor && c.IsSexualOrCriminal;
}

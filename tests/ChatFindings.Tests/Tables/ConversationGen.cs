using CsCheck;

namespace ChatFindings.Tests.Tables;

/// <summary>Random and hand-made conversations for table tests: every field, nulls and empty lists included.</summary>
internal static class ConversationGen
{
    private static Gen<T?> Maybe<T>(Gen<T> gen) where T : struct =>
        Gen.Frequency((1, Gen.Const((T?)null)), (3, gen.Select(v => (T?)v)));

    private static readonly Gen<Conversation> One =
        from id in Gen.Int[1, 1_000_000]
        from year in Gen.Int[2019, 2023]
        from reporter in Gen.Enum<Reporter>()
        from age in Maybe(Gen.Int[6, 40])
        from gender in Maybe(Gen.Enum<Gender>())
        from type in Gen.Enum<ExploitationType>()
        from perpetrators in Gen.Int[0, 255]
        from duration in Maybe(Gen.Enum<Duration>())
        from ongoing in Maybe(Gen.Bool)
        from first in Maybe(Gen.Bool)
        from online in Maybe(Gen.Bool)
        from platforms in Gen.Int[0, 63]
        from clients in Maybe(Gen.Bool)
        from confidant in Maybe(Gen.Enum<Confidant>())
        from reaction in Maybe(Gen.Enum<Reaction>())
        from help in Maybe(Gen.Bool)
        from police in Maybe(Gen.Bool)
        select new Conversation($"C{id}", year, reporter, age, gender, type, (Perpetrators)perpetrators, duration,
            ongoing, first, online, (Platforms)platforms, clients, confidant, reaction, help, police);

    public static readonly Gen<Conversation[]> Many = One.Array[0, 60];

    /// <summary>The conversations as one data set's list (its rows in one store), as a load gives them: counted from the columns.</summary>
    public static IReadOnlyList<Conversation> AsDataSet(Conversation[] conversations) =>
        new Dataset(conversations, new LoadReport("generated.csv", conversations.Length, conversations.Length, 0, []),
            new DataSource("generated.csv", "", true, null)).Conversations;

    /// <summary>A sequence that is neither a data set's list nor an array or list: counted row by row, through its enumerator.</summary>
    public static IEnumerable<Conversation> RowByRow(IEnumerable<Conversation> conversations) => conversations.Select(c => c);

    public static Conversation Make(
        int year = 2020, Reporter reporter = Reporter.Victim, int? age = 15, Gender? gender = Gender.Female,
        ExploitationType type = ExploitationType.Sexual, Perpetrators perpetrators = Perpetrators.None,
        Platforms platforms = Platforms.None, bool? ongoing = null, Duration? duration = null) =>
        new($"T{Guid.NewGuid():N}", year, reporter, age, gender, type, perpetrators, duration,
            ongoing, null, null, platforms, null, null, null, null, null);
}

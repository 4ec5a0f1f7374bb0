namespace ChatFindings.Tests.Support;

/// <summary>Hand-made conversations for tests: a minor victim of sexual exploitation in 2020 unless told otherwise.</summary>
public static class Make
{
    private static int _next;

    public static Conversation Conversation(
        int year = 2020, Reporter reporter = Reporter.Victim, int? age = 15, Gender? gender = Gender.Female,
        ExploitationType type = ExploitationType.Sexual, Perpetrators perpetrators = Perpetrators.None,
        Duration? duration = null, bool? ongoing = null, bool? firstDisclosure = null, bool? online = null,
        Platforms platforms = Platforms.None, bool? clients = null, Confidant? confidant = null,
        Reaction? reaction = null, bool? helpAccepted = null, bool? policeReport = null) =>
        new($"T{Interlocked.Increment(ref _next):D6}", year, reporter, age, gender, type, perpetrators, duration,
            ongoing, firstDisclosure, online, platforms, clients, confidant, reaction, helpAccepted, policeReport);

    public static IEnumerable<Conversation> Many(int n, Func<Conversation> make) => Enumerable.Range(0, n).Select(_ => make()).ToList();
}

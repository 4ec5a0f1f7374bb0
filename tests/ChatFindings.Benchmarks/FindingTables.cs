namespace ChatFindings.Benchmarks;

/// <summary>Which conversations a finding's table counts.</summary>
public enum Population
{
    /// <summary>The F1 group: victims reporting, under 18, sexual and/or criminal exploitation, 2019-2023.</summary>
    MinorVictims,

    /// <summary>Every conversation 2019-2023.</summary>
    All,

    /// <summary>Conversations 2019-2023 naming a parent or step/foster parent among the exploiters (F5).</summary>
    ParentCases,
}

/// <summary>One table a findings notebook shows.</summary>
public sealed record TableSpec(string Name, string Title, Population Population, ConversationVariable Rows, ConversationVariable? Columns = null);

/// <summary>What building the tables of all findings gives: the protected tables and the seven claim measures.</summary>
public sealed record FindingTablesResult(IReadOnlyList<ProtectedTable> Tables, IReadOnlyList<ClaimMeasure> Claims);

/// <summary>
/// The tables of all findings (F1-F7), as the findings notebooks build them: one-way and two-way
/// counts over the F1 group, the parent cases and all conversations, each through disclosure
/// control, plus the seven claim measures. The set the "tables" benchmark times.
/// </summary>
public static class FindingTables
{
    /// <summary>The registered base F2 divides by in this benchmark: minors with a known form of exploitation, 2019-2023 (CoMensha).</summary>
    public const int RegisteredMinors = 373;

    private static readonly ConversationVariable Year = ConversationVariables.Year;

    public static IReadOnlyList<TableSpec> Specs { get; } =
    [
        // F1: who the minor victims are.
        new("f1-by-year", "Minor victims by year", Population.MinorVictims, Year),
        new("f1-by-exploitation-type", "Minor victims by form of exploitation", Population.MinorVictims, ConversationVariables.ExploitationType),
        new("f1-year-by-exploitation-type", "Minor victims by year and form of exploitation", Population.MinorVictims, Year, ConversationVariables.ExploitationType),
        new("f1-by-gender", "Minor victims by gender", Population.MinorVictims, ConversationVariables.Gender),
        new("f1-by-age-group", "Minor victims by age group", Population.MinorVictims, ConversationVariables.AgeGroup),
        new("f1-by-first-disclosure", "Minor victims telling for the first time", Population.MinorVictims, ConversationVariables.FirstDisclosure),
        // F2: all conversations by year and reporter, beside the registered figures.
        new("all-year-by-reporter", "Conversations by year and reporter", Population.All, Year, ConversationVariables.Reporter),
        new("all-age-group-by-gender", "Conversations by age group and gender", Population.All, ConversationVariables.AgeGroup, ConversationVariables.Gender),
        // F3: how long.
        new("f1-by-duration", "Minor victims by duration of exploitation", Population.MinorVictims, ConversationVariables.Duration),
        new("f1-year-by-duration", "Minor victims by year and duration", Population.MinorVictims, Year, ConversationVariables.Duration),
        new("f1-by-ongoing", "Minor victims still being exploited", Population.MinorVictims, ConversationVariables.Ongoing),
        // F4: online.
        new("f1-by-online-recruitment", "Minor victims recruited online", Population.MinorVictims, ConversationVariables.OnlineRecruitment),
        new("f1-by-platforms", "Minor victims by platform", Population.MinorVictims, ConversationVariables.Platforms),
        new("f1-platforms-by-exploitation-type", "Platforms by form of exploitation", Population.MinorVictims, ConversationVariables.Platforms, ConversationVariables.ExploitationType),
        // F5: parents.
        new("all-by-perpetrators", "Conversations by exploiter", Population.All, ConversationVariables.Perpetrators),
        new("all-perpetrators-by-year", "Exploiters by year", Population.All, ConversationVariables.Perpetrators, Year),
        new("parent-cases-by-duration", "Parent cases by duration", Population.ParentCases, ConversationVariables.Duration),
        new("parent-cases-by-age-group", "Parent cases by age group", Population.ParentCases, ConversationVariables.AgeGroup),
        // F6: clients.
        new("all-clients-by-exploitation-type", "Clients mentioned by form of exploitation", Population.All, ConversationVariables.ClientsInvolved, ConversationVariables.ExploitationType),
        new("all-clients-by-year", "Clients mentioned by year", Population.All, ConversationVariables.ClientsInvolved, Year),
        // F7: the first reaction.
        new("all-by-first-confidant", "Conversations by first confidant", Population.All, ConversationVariables.FirstConfidant),
        new("all-first-reaction-by-help-accepted", "First reaction and help accepted", Population.All, ConversationVariables.FirstReaction, ConversationVariables.HelpAccepted),
        new("all-first-reaction-by-police-report", "First reaction and police report", Population.All, ConversationVariables.FirstReaction, ConversationVariables.PoliceReport),
    ];

    /// <summary>Builds, protects and measures everything; <paramref name="conversations"/> may hold years outside 2019-2023 (left out).</summary>
    public static FindingTablesResult Build(IReadOnlyList<Conversation> conversations, DisclosurePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(conversations);
        var all = conversations.Where(c => StudyPeriod.Contains(c.Year)).ToList();
        var populations = new Dictionary<Population, IReadOnlyList<Conversation>>
        {
            [Population.All] = all,
            [Population.MinorVictims] = ClaimMeasures.MinorVictims(all).ToList(), // as the findings notebooks select the F1 group
            [Population.ParentCases] = all.Where(c => c.HasParentExploiter).ToList(),
        };

        var tables = Specs.Select(spec =>
        {
            var rows = populations[spec.Population];
            var table = spec.Columns is null
                ? FrequencyTable.OneWay(spec.Name, spec.Title, rows, spec.Rows)
                : FrequencyTable.TwoWay(spec.Name, spec.Title, rows, spec.Rows, spec.Columns);
            return DisclosureControl.Protect(table, policy);
        }).ToList();

        ClaimMeasure[] claims =
        [
            ClaimMeasures.F1(conversations),
            ClaimMeasures.F2(conversations, RegisteredMinors, "minors with a known form of exploitation, 2019-2023"),
            ClaimMeasures.F3(conversations),
            ClaimMeasures.F4(conversations),
            ClaimMeasures.F5(conversations),
            ClaimMeasures.F6(conversations),
            ClaimMeasures.F7(conversations),
        ];
        return new FindingTablesResult(tables, claims);
    }
}
